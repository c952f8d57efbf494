#include "bench/generate/vocabulary.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace liaison::bench {

Vocabulary::Vocabulary(std::vector<std::string> ranked_words) : words_(std::move(ranked_words)) {
  if (words_.empty()) throw std::runtime_error("empty vocabulary");
  cumulative_.reserve(words_.size());
  double sum = 0;
  for (std::size_t rank = 0; rank < words_.size(); ++rank) {
    sum += 1.0 / std::pow(static_cast<double>(rank) + 2.7, 1.05);
    cumulative_.push_back(sum);
  }
  for (auto& c : cumulative_) c /= sum;
}

const std::string& Vocabulary::sample(Rng& rng) const {
  const double u = rng.real();
  const auto it = std::upper_bound(cumulative_.begin(), cumulative_.end(), u);
  const auto rank = std::min<std::size_t>(static_cast<std::size_t>(it - cumulative_.begin()), words_.size() - 1);
  return words_[rank];
}

const std::string& Vocabulary::sample_content_word(Rng& rng, std::size_t from, std::size_t to) const {
  to = std::min(to, words_.size());
  from = std::min(from, to - 1);
  const double low = std::log(static_cast<double>(from + 1)), high = std::log(static_cast<double>(to));
  const auto rank = static_cast<std::size_t>(std::exp(low + rng.real() * (high - low))) - 1;
  return words_[std::clamp<std::size_t>(rank, from, to - 1)];
}

}  // namespace liaison::bench
