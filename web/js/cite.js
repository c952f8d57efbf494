// The cite button of a hit or passage: fetches the passage's plain-text and BibTeX citations and
// its permalink, and shows them with copy buttons.
import * as api from './api.js';
import { el } from './dom.js';
import { t } from './i18n.js';

/** Copies `text`; where the clipboard is refused, selects the block so the user can copy it. */
async function copy(text, block, button) {
  try {
    await navigator.clipboard.writeText(text);
    button.textContent = t('copied');
  } catch {
    const range = document.createRange();
    range.selectNodeContents(block);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    button.textContent = t('selectedToCopy');
  }
}

function citationBlock(label, text, className) {
  const block = el('pre', { className: `citation ${className}` }, text);
  const button = el('button', { type: 'button', className: 'copy-button' }, t('copy'));
  button.addEventListener('click', () => copy(text, block, button));
  return el('div', { className: 'citation-block' }, el('div', { className: 'citation-head' }, el('span', {}, label), button), block);
}

async function fillPanel(panel, docId, n) {
  panel.replaceChildren(el('p', { className: 'status' }, t('loading')));
  try {
    const citation = await api.getCitation(docId, n);
    const permalink = new URL(citation.permalink, location.origin).href;
    panel.replaceChildren(
      citationBlock(t('plainText'), `${citation.text} ${t('liaisonLink')}: ${permalink}`, 'plain'),
      citationBlock('BibTeX', citation.bibtex, 'bibtex'),
      citationBlock(t('permalink'), permalink, 'permalink'));
  } catch (error) {
    panel.replaceChildren(el('p', { className: 'error' }, error.message));
  }
}

/** A "cite" button and its (initially hidden) panel for passage `n` of document `docId`. */
export function citeControl(docId, n) {
  if (!n) return null;
  const panel = el('div', { className: 'cite-panel', hidden: true, role: 'region', 'aria-label': t('citeParagraph', n) });
  const button = el('button', { type: 'button', className: 'cite-button link-button', 'aria-expanded': 'false' }, t('cite'));
  button.addEventListener('click', () => {
    const open = panel.hidden;
    panel.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (open && !panel.dataset.loaded) {
      panel.dataset.loaded = '1';
      fillPanel(panel, docId, n);
    }
  });
  return { button, panel };
}
