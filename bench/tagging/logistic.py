"""Plain L2-penalised logistic regression for bench/tagging/learn.py (no numpy on the build machines):
standardised features, Newton's method, Gaussian elimination."""
import math


def sigmoid(t):
    return 1.0 / (1.0 + math.exp(-t)) if t > -500 else 0.0


def solve(matrix, vector):
    """x with matrix · x = vector, by Gaussian elimination with partial pivoting (small systems)."""
    n = len(vector)
    a = [row[:] + [vector[i]] for i, row in enumerate(matrix)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        for r in range(col + 1, n):
            factor = a[r][col] / a[col][col]
            for c in range(col, n + 1):
                a[r][c] -= factor * a[col][c]
    x = [0.0] * n
    for r in reversed(range(n)):
        x[r] = (a[r][n] - sum(a[r][c] * x[c] for c in range(r + 1, n))) / a[r][r]
    return x


class Logistic:
    """P(y = 1 | x) = sigmoid(w0 + w · standardised x); the penalty l2 · |w|² / 2 spares w0."""

    def __init__(self, l2):
        self.l2 = l2
        self.mean = self.scale = self.weights = None

    def fit(self, xs, ys):
        d = len(xs[0])
        self.mean = [sum(x[j] for x in xs) / len(xs) for j in range(d)]
        self.scale = [max(1e-9, math.sqrt(sum((x[j] - self.mean[j]) ** 2 for x in xs) / len(xs))) for j in range(d)]
        zs = [[1.0] + self.standard(x) for x in xs]
        w = [0.0] * (d + 1)
        for _ in range(50):
            grad = [self.l2 * wi if i else 0.0 for i, wi in enumerate(w)]
            hess = [[self.l2 if i == j and i else 0.0 for j in range(d + 1)] for i in range(d + 1)]
            for z, y in zip(zs, ys):
                p = sigmoid(sum(wi * zi for wi, zi in zip(w, z)))
                for i in range(d + 1):
                    grad[i] += (p - y) * z[i]
                    for j in range(i, d + 1):
                        hess[i][j] += p * (1 - p) * z[i] * z[j]
            for i in range(d + 1):
                for j in range(i):
                    hess[i][j] = hess[j][i]
            step = solve(hess, grad)
            w = [wi - si for wi, si in zip(w, step)]
            if max(abs(s) for s in step) < 1e-8:
                break
        self.weights = w
        return self

    def standard(self, x):
        return [(v - m) / s for v, m, s in zip(x, self.mean, self.scale)]

    def probability(self, x):
        z = [1.0] + self.standard(x)
        return sigmoid(sum(wi * zi for wi, zi in zip(self.weights, z)))


def best_threshold(probabilities, ys):
    """The cut with the best F1 on out-of-fold probabilities (ties: the higher cut)."""
    pairs = sorted(zip(probabilities, ys), reverse=True)
    positives = sum(ys)
    best, cut, tp, fp = -1.0, 0.5, 0, 0
    for i, (p, y) in enumerate(pairs):
        tp, fp = tp + y, fp + (1 - y)
        if i + 1 < len(pairs) and pairs[i + 1][0] == p:
            continue  # a cut keeps every passage at its probability
        f1 = 2 * tp / (tp + fp + positives) if tp else 0.0
        if f1 > best:
            best, cut = f1, p
    return cut
