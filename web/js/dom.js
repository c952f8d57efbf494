// DOM helpers. Document text only ever reaches the page as text nodes (textContent); the one
// exception, search snippets, goes through snippetNodes(), which keeps <mark> and nothing else.

/**
 * Creates an element: el('a', {href: '#', className: 'x'}, 'text', child).
 * Attributes are set as properties or attributes, never as HTML; children are nodes or text.
 */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'className') node.className = value;
    else if (name === 'dataset') Object.assign(node.dataset, value);
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : value);
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/**
 * A click handler for a link the page follows itself: on a plain left click it stops the
 * browser and calls `follow(event)`; a click with another button or a modifier key (new tab,
 * new window, download) is left to the browser, so the link's href still works there.
 */
export function onPlainClick(follow) {
  return (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    follow(event);
  };
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'", '#34': '"' };

function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, name) => {
    if (name in ENTITIES) return ENTITIES[name];
    if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return whole;
  });
}

/**
 * The nodes of a server snippet: HTML-escaped text in which matches are wrapped in <mark>.
 * Only <mark> becomes an element; everything else is decoded and inserted as text, so even a
 * snippet that was not escaped could not inject markup.
 */
export function snippetNodes(snippet) {
  const nodes = [];
  let inMark = false;
  for (const part of String(snippet).split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') inMark = true;
    else if (part === '</mark>') inMark = false;
    else if (part) {
      const text = document.createTextNode(decodeEntities(part));
      nodes.push(inMark ? el('mark', {}, text) : text);
    }
  }
  return nodes;
}

/** Lower-cases and strips diacritics, for matching query words against text. */
function fold(text) {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** The words of a query worth highlighting: operators, field names and quotes dropped. */
export function queryWords(query) {
  return String(query)
    .replace(/\b[a-z]+:/gi, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 && !['OR', 'AND', 'NOT'].includes(w))
    .map(fold);
}

/** A word matches a query word when it starts with the query word less a short ending. */
function matches(word, queryWord) {
  const folded = fold(word);
  const stem = queryWord.length > 5 ? queryWord.slice(0, queryWord.length - 2) : queryWord;
  return folded.startsWith(stem) && folded.length <= queryWord.length + 4;
}

/** `text` as nodes, with the words that match `words` (from queryWords) wrapped in <mark>. */
export function highlightNodes(text, words) {
  if (words.length === 0) return [document.createTextNode(text)];
  const nodes = [];
  let plain = '';
  for (const piece of text.split(/([\p{L}\p{N}\p{M}\u055B\u055C\u055E]+)/u)) {
    if (piece && words.some((w) => matches(piece, w))) {
      if (plain) nodes.push(document.createTextNode(plain));
      nodes.push(el('mark', {}, piece));
      plain = '';
    } else {
      plain += piece;
    }
  }
  if (plain) nodes.push(document.createTextNode(plain));
  return nodes;
}

/** Black or white, whichever reads better on the background colour `hex` (#rrggbb). */
export function textColourOn(hex) {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? '');
  if (!match) return '#fff';
  const [r, g, b] = match.slice(1).map((h) => Number.parseInt(h, 16) / 255);
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance > 0.55 ? '#111' : '#fff';
}

/** Gives `node` the colours of an area (CSS custom properties; no inline style attribute). */
export function paintArea(node, area) {
  const colour = area?.color ?? '#6b7280';
  node.style.setProperty('--area', colour);
  node.style.setProperty('--area-text', textColourOn(colour));
  return node;
}
