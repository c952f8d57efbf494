// The search view: hits, facets, status line, "did you mean" and pagination.
import { el, clear, snippetNodes, paintArea, onPlainClick } from './dom.js';
import { formatDate, t, valueLabel, uiLanguage } from './i18n.js';
import { stateToQuery, toggleFilter } from './state.js';
import { citeControl } from './cite.js';
import { tagChips } from './tags.js';

/** The facets listed in the sidebar, in order (the year facet is the chart). */
const SIDEBAR_FACETS = ['area', 'measure', 'speaker', 'lang', 'kind', 'source'];
const MAX_SOURCES = 12;
/** Hits an export holds at most (the server's limit). */
const EXPORT_LIMIT = 1000;

/** A link to `state` that the app intercepts (pushState), but that also works opened in a new tab. */
export function stateLink(state, navigate, attributes, ...children) {
  return el('a', {
    ...attributes,
    href: stateToQuery(state) || './',
    onclick: onPlainClick(() => navigate(state)),
  }, ...children);
}

export function areaChip(area, id, attributes = {}) {
  const label = area?.names?.[uiLanguage()] ?? area?.names?.en ?? id;
  return paintArea(el('span', { className: 'chip area-chip', ...attributes }, label), area);
}

function hitMeta(hit, ctx) {
  return el('p', { className: 'hit-meta' },
    hit.date ? el('time', { datetime: hit.date }, formatDate(hit.date, uiLanguage())) : null,
    hit.lang ? el('span', { className: 'badge', lang: uiLanguage() }, valueLabel('lang', hit.lang, ctx)) : null,
    hit.kind ? el('span', { className: 'badge' }, valueLabel('kind', hit.kind, ctx)) : null,
    provenanceBadge(hit.provenance),
    hit.source ? el('span', { className: 'source' }, hit.source) : null,
    hit.speakers?.length
      ? el('span', { className: 'hit-speakers' }, `${t('speaker')}: ${hit.speakers.map((s) => s.name).join(', ')}`)
      : null);
}

/** What the text is (original, translation, editorial summary), always shown beside its source. */
export function provenanceBadge(provenance) {
  if (!provenance) return null;
  return el('span', { className: `badge provenance provenance-${provenance}`, title: t('provenanceHelp')[provenance] ?? '',
    dataset: { provenance } }, t('provenances')[provenance] ?? provenance);
}

/** A grouped hit's languages: its own, then a chip per other version that matched, each opening it. */
function versionChips(hit, ctx) {
  if (!hit.versions?.length) return null;
  return el('p', { className: 'version-chips' }, `${t('alsoIn')}: `,
    hit.versions.map((version) => stateLink({ ...ctx.state, doc: version.id }, ctx.navigate, {
      className: 'chip version-chip', lang: uiLanguage(), dataset: { version: version.id, lang: version.lang },
      title: t('openVersion', valueLabel('lang', version.lang, ctx)),
    }, valueLabel('lang', version.lang, ctx))));
}

/** The "versions together" switch: on unless the state says group=0; documents mode only. */
export function renderVersionToggle(box, state) {
  box.checked = state.group !== '0';
  box.disabled = state.mode === 'passages';
}

function renderHit(hit, ctx) {
  const docState = { ...ctx.state, doc: hit.id };
  const passageAnchor = hit.passage ? `#${hit.anchor || `p${hit.passage}`}` : '';
  const title = el('a', {
    href: `${stateToQuery(docState)}${passageAnchor}`,
    className: 'hit-title',
    onclick: onPlainClick(() => ctx.navigate(docState, { hash: passageAnchor })),
  }, hit.title || hit.id);
  const cite = citeControl(hit.id, hit.passage);
  return el('li', { className: 'hit' },
    el('h3', { lang: hit.lang || undefined }, title),
    hitMeta(hit, ctx),
    versionChips(hit, ctx),
    tagChips(hit, ctx),
    hit.snippet ? el('p', { className: 'snippet', lang: hit.lang || undefined }, snippetNodes(hit.snippet)) : null,
    cite ? el('div', { className: 'hit-actions' }, cite.button) : null,
    cite?.panel);
}

export function renderHits(node, result, ctx) {
  clear(node);
  for (const hit of result.hits) node.append(renderHit(hit, ctx));
}

export function renderStatus(node, result, ctx) {
  if (result.total === 0) {
    node.textContent = t('noResults');
    return;
  }
  // Grouped, the versions of one text are one hit and count as one document.
  let what = ctx.state.mode === 'passages' ? t('passages', result.total) : t('documents', result.total);
  if (result.exact === false) what = t('about', what);
  node.textContent = t('found', what, Math.max(1, Math.round(result.took_ms)));
}

/**
 * The "Export CSV / JSON / BibTeX / RIS" links of the current search (all hits up to the server's
 * limit), and "Subscribe": the Atom feed of its newest documents.
 */
export function renderExport(node, result, exportUrl, feedUrl) {
  clear(node);
  node.hidden = result.total === 0;
  if (result.total === 0) return;
  node.append(...[`${t('export')}: `,
    el('a', { href: exportUrl('csv'), download: 'liaison-export.csv', className: 'export-csv' }, 'CSV'), ' · ',
    el('a', { href: exportUrl('json'), download: 'liaison-export.json', className: 'export-json' }, 'JSON'), ' · ',
    el('a', { href: exportUrl('bibtex'), download: 'liaison-export.bib', className: 'export-bibtex' }, 'BibTeX'), ' · ',
    el('a', { href: exportUrl('ris'), download: 'liaison-export.ris', className: 'export-ris' }, 'RIS'),
    result.total > EXPORT_LIMIT ? el('span', { className: 'export-note' }, ` (${t('exportLimit', EXPORT_LIMIT)})`) : null,
    feedUrl ? ' · ' : null,
    feedUrl ? el('a', { href: feedUrl, type: 'application/atom+xml', className: 'subscribe' }, t('subscribe')) : null,
  ].filter(Boolean));
}

/** What cross-language search added to the query, with a way back to the query as typed. */
export function renderExpansions(node, result, ctx) {
  clear(node);
  // One form per language keeps the line short (preferably one the hits show highlighted); the
  // full list is in the tooltip.
  const marked = new Set();
  for (const hit of result.hits) {
    for (const match of String(hit.snippet).matchAll(/<mark>(.*?)<\/mark>/g)) marked.add(match[1].toLocaleLowerCase());
  }
  const firstPerLanguage = new Map();
  const all = [];
  for (const expansion of result.expansions ?? []) {
    for (const [lang, words] of Object.entries(expansion.forms)) {
      for (const word of words) {
        if (word.toLocaleLowerCase() === expansion.typed.toLocaleLowerCase()) continue;
        all.push(word);
        const shown = firstPerLanguage.get(lang);
        if (!shown || (!marked.has(shown.toLocaleLowerCase()) && marked.has(word.toLocaleLowerCase()))) {
          firstPerLanguage.set(lang, word);
        }
      }
    }
  }
  node.hidden = all.length === 0;
  if (all.length === 0) return;
  const list = el('span', { className: 'forms', title: all.join(', ') });
  [...firstPerLanguage].forEach(([lang, word], i) => list.append(i ? ', ' : '', el('span', { lang }, word)));
  if (all.length > firstPerLanguage.size) list.append(' …');
  node.append(`${t('alsoSearched')} `, list,
    stateLink({ ...ctx.state, xlang: '0', page: 1 }, ctx.navigate, { className: 'only-as-typed' }, t('onlyAsTyped')));
}

export function renderDidYouMean(node, result, ctx) {
  clear(node);
  node.hidden = !result.did_you_mean;
  if (!result.did_you_mean) return;
  node.append(`${t('didYouMean')} `,
    stateLink({ ...ctx.state, q: result.did_you_mean, page: 1 }, ctx.navigate, { className: 'suggestion' },
      result.did_you_mean), '?');
}

/** What the server repaired or read otherwise in the query (a dangling AND, an unclosed quote…). */
export function renderWarnings(node, result) {
  clear(node);
  const warnings = result.warnings ?? [];
  node.hidden = warnings.length === 0;
  for (const warning of warnings) node.append(el('li', {}, warning));
}

/**
 * When a shard of the index did not answer, the hits and counts are the other shards': said above
 * the hits. The shards' addresses are for whoever runs the server: in the tooltip only.
 */
export function renderPartialNotice(node, result) {
  const partial = result.partial === true;
  node.hidden = !partial;
  node.textContent = partial ? t('partialAnswer') : '';
  node.title = partial ? (result.failed_shards ?? []).join(', ') : '';
}

/** The query syntax help under the search box, in the interface language. */
export function renderSyntaxHelp(node) {
  clear(node);
  for (const [example, meaning] of t('syntaxRows')) node.append(el('dt', {}, el('code', {}, example)), el('dd', {}, meaning));
}

function facetValues(name, counts, selected) {
  const entries = Object.entries(counts ?? {});
  for (const value of selected) if (!(value in (counts ?? {}))) entries.push([value, 0]);
  entries.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return name === 'source' ? entries.slice(0, Math.max(MAX_SOURCES, selected.length)) : entries;
}

function renderFacet(name, counts, ctx) {
  const selected = ctx.state[name];
  const entries = facetValues(name, counts, selected);
  if (entries.length === 0) return null;
  const items = entries.map(([value, count]) => {
    const active = selected.includes(value);
    const label = valueLabel(name, value, ctx);
    const swatch = name === 'area' ? paintArea(el('span', { className: 'swatch', 'aria-hidden': 'true' }), ctx.areas.get(value)) : null;
    return el('li', {},
      stateLink(toggleFilter(ctx.state, name, value), ctx.navigate, {
        className: active ? 'facet-value active' : 'facet-value',
        'aria-current': active ? 'true' : undefined,
        dataset: { facet: name, value },
      }, swatch, el('span', { className: 'facet-label' }, label), el('span', { className: 'count' }, String(count))));
  });
  return el('section', { className: 'facet', 'aria-labelledby': `facet-${name}` },
    el('h3', { id: `facet-${name}` }, t(name)), el('ul', {}, items));
}

/** The sidebar facets; `facets` maps a facet name to {value: count}. */
export function renderFacets(node, facets, ctx) {
  clear(node);
  for (const name of SIDEBAR_FACETS) {
    const section = renderFacet(name, facets[name], ctx);
    if (section) node.append(section);
  }
}

export function renderPagination(node, result, ctx) {
  clear(node);
  const pages = Math.ceil(result.total / result.size);
  if (pages <= 1) return;
  const page = result.page;
  const link = (target, label, className) =>
    stateLink({ ...ctx.state, page: target }, ctx.navigate, { className, rel: className }, label);
  node.append(
    page > 1 ? link(page - 1, `← ${t('previous')}`, 'prev') : el('span', { className: 'prev disabled' }, `← ${t('previous')}`),
    el('span', { className: 'page-of' }, t('pageOf', page, pages)),
    page < pages ? link(page + 1, `${t('next')} →`, 'next') : el('span', { className: 'next disabled' }, `${t('next')} →`));
}
