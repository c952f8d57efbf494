// The document view: metadata, tags and every passage, each with a citable anchor made from its
// text (#t1a2b3c4d, stable when paragraphs are added above) and its older positional one (#p12),
// the query words highlighted. All text goes in as text nodes.
import { el, clear, highlightNodes, queryWords } from './dom.js';
import { formatDate, t, valueLabel, uiLanguage } from './i18n.js';
import { stateToQuery, toggleFilter } from './state.js';
import { stateLink, provenanceBadge } from './results.js';
import { citeControl } from './cite.js';
import { tagChips } from './tags.js';
import { sideBySide, versionSwitch } from './versions.js';

function passageSection(passage, doc, words, ctx) {
  const anchor = passage.anchor || `p${passage.n}`;
  const link = el('a', {
    className: 'passage-link',
    href: `${stateToQuery({ ...ctx.state, doc: doc.id })}#${anchor}`,
    'aria-label': t('linkToParagraph', passage.n),
    title: t('linkToParagraph', passage.n),
  }, `¶ ${passage.n}`);
  const cite = citeControl(doc.id, passage.n);
  return el('section', { className: 'passage', id: `p${passage.n}`, lang: passage.lang || undefined },
    el('div', { className: 'passage-anchor', id: passage.anchor || undefined },
      el('div', { className: 'passage-side' }, link,
        passage.lang ? el('span', { className: 'badge small' }, passage.lang) : null, cite.button),
      el('div', { className: 'passage-body' },
        passage.speakers?.length
          ? el('p', { className: 'passage-speakers' }, `${t('speaker')}: ${passage.speakers.map((s) => s.name).join(', ')}`)
          : null,
        el('p', {}, highlightNodes(passage.text, words)),
        tagChips(passage, ctx),
        cite.panel)));
}

function header(doc, ctx) {
  const backState = { ...ctx.state, doc: '' };
  const meta = el('p', { className: 'hit-meta' },
    doc.date ? el('time', { datetime: doc.date }, formatDate(doc.date, uiLanguage())) : null,
    doc.lang ? el('span', { className: 'badge' }, valueLabel('lang', doc.lang, ctx)) : null,
    doc.kind ? el('span', { className: 'badge' }, valueLabel('kind', doc.kind, ctx)) : null,
    provenanceBadge(doc.provenance),
    doc.source ? stateLink(toggleFilter({ ...backState, source: [] }, 'source', doc.source), ctx.navigate,
      { className: 'source' }, doc.source) : null,
    /^https?:\/\//.test(doc.url ?? '')
      ? el('a', { href: doc.url, className: 'original', rel: 'noopener noreferrer', target: '_blank' }, t('original'))
      : null);
  return el('header', { className: 'document-header' },
    stateLink(backState, ctx.navigate, { className: 'back-link', id: 'back-to-results' }, `← ${t('backToResults')}`),
    el('h2', { lang: doc.lang || undefined, id: 'document-title' }, doc.title || doc.id),
    meta,
    tagChips(doc, ctx),
    versionSwitch(doc, ctx));
}

/**
 * Renders `doc` (the /api/documents/{id} body) into `node`; with `other` (another version of
 * it), the two side by side instead of its passages alone.
 */
export function renderDocument(node, doc, ctx, other = null) {
  clear(node);
  const words = queryWords(ctx.state.q);
  node.append(header(doc, ctx), other
    ? sideBySide(doc, other, ctx)
    : el('div', { className: 'passages' }, doc.passages.map((passage) => passageSection(passage, doc, words, ctx))));
}

export function renderDocumentError(node, message, ctx) {
  clear(node);
  node.append(el('header', { className: 'document-header' },
    stateLink({ ...ctx.state, doc: '' }, ctx.navigate, { className: 'back-link' }, `← ${t('backToResults')}`),
    el('h2', {}, t('documentNotFound')), el('p', { className: 'error' }, message)));
}
