// The measures list (?measures=1: every measure with its document count) and the measure
// tracker (?track=M03): names, area, first and latest mention, the measure's status per year
// (proposed, discussed, agreed, implemented, with the passage that shows it), and a timeline of
// every document and passage that references the measure, by year, each passage linking to #pN
// of its document.
import { el, clear, onPlainClick, paintArea } from './dom.js';
import { formatDate, t, uiLanguage, UI_LANGUAGES } from './i18n.js';
import { stateLink } from './results.js';
import { stateToQuery } from './state.js';
import { areaName, measureName } from './tags.js';

const EXCERPT_CHARS = 220;

const excerpt = (text) => (text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS - 1).trimEnd()}…` : text);

function backLink(ctx) {
  return stateLink({ ...ctx.state, track: '', measures: '' }, ctx.navigate, { className: 'back-link' },
    `← ${t('backToResults')}`);
}

function areaBadge(areaId, ctx) {
  if (!areaId) return null;
  return paintArea(el('span', { className: 'chip area-chip' }, areaName(ctx.areas.get(areaId), areaId)),
    ctx.areas.get(areaId));
}

/** The name of a measure's origin (where it was proposed) in the interface language. */
function originName(measure) {
  return measure?.origin_names?.[uiLanguage()] ?? measure?.origin_names?.en ?? measure?.origin ?? '';
}

/** "Proposed <date>" for a measure whose origin has a date, else null. */
function proposedLine(measure) {
  return measure?.proposed ? el('span', { className: 'proposed' },
    t('proposed', formatDate(measure.proposed, uiLanguage()))) : null;
}

/** Measures grouped by origin (the Brussels meeting, the Liaison Group report), oldest first. */
function byOrigin(measures) {
  const groups = new Map();
  for (const measure of measures) {
    const key = measure.origin ?? '';
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(measure);
  }
  return [...groups.values()].sort((a, b) => (a[0].proposed ?? '').localeCompare(b[0].proposed ?? ''));
}

function measureRow(measure, ctx) {
  return el('li', { className: 'measure-row', dataset: { measure: measure.id } },
    stateLink({ ...ctx.state, measures: '', track: measure.id }, ctx.navigate, { className: 'measure-link' },
      el('span', { className: 'measure-id' }, measure.id), ' ', measureName(measure)),
    areaBadge(measure.area, ctx),
    el('span', { className: 'count', title: t('documents', measure.count ?? 0) }, String(measure.count ?? 0)));
}

/** Renders the list of measures (the /api/measures body) into `node`, one group per origin. */
export function renderMeasureList(node, measures, ctx) {
  clear(node);
  const groups = byOrigin(measures).map((group) => el('section', { className: 'measure-group', dataset: { origin: group[0].origin ?? '' } },
    el('h3', {}, originName(group[0])), el('p', { className: 'hit-meta' }, proposedLine(group[0])),
    el('ol', { className: 'measure-list' }, group.map((measure) => measureRow(measure, ctx)))));
  node.append(el('header', { className: 'document-header' }, backLink(ctx),
    el('h2', { id: 'measures-title' }, t('measuresTitle')), el('p', { className: 'hit-meta' }, t('measuresIntro'))),
  ...groups);
}

/** A link to a paragraph of document `docId` by its stable anchor (by its number `n` without one). */
function passageLink(ctx, docId, n, anchor, ...children) {
  const state = { ...ctx.state, track: '', measures: '', doc: docId, q: '' };
  const hash = `#${anchor || `p${n}`}`;
  return el('a', {
    className: 'mention-passage-link',
    href: `${stateToQuery(state)}${hash}`,
    onclick: onPlainClick(() => ctx.navigate(state, { hash })),
  }, ...children);
}

function mentionSummary(label, mention, ctx) {
  if (!mention) return el('div', { className: 'mention-summary' }, el('dt', {}, label), el('dd', {}, '—'));
  const n = mention.passages[0]?.n ?? 1;
  return el('div', { className: 'mention-summary' }, el('dt', {}, label),
    el('dd', {}, el('time', { datetime: mention.date }, formatDate(mention.date, uiLanguage())), ' · ',
      passageLink(ctx, mention.id, n, mention.passages[0]?.anchor, mention.title || mention.id)));
}

function statusChip(status) {
  return status ? el('span', { className: `badge small status-chip status-${status}`, dataset: { status } }, t('status', status)) : null;
}

function mentionItem(mention, ctx) {
  const passages = mention.passages.map((passage) => el('li', { className: 'mention-passage', lang: passage.lang || undefined },
    passageLink(ctx, mention.id, passage.n, passage.anchor, `¶ ${passage.n}`), ' ', statusChip(passage.status), ' ', excerpt(passage.text),
    passage.evidence?.length ? el('span', { className: 'evidence-inline' }, ` (${passage.evidence.join(', ')})`) : null));
  return el('li', { className: 'mention', dataset: { doc: mention.id, date: mention.date } },
    el('div', { className: 'mention-head' },
      el('time', { datetime: mention.date }, mention.date ? formatDate(mention.date, uiLanguage()) : t('undated')),
      ' ', passageLink(ctx, mention.id, mention.passages[0]?.n ?? 1, mention.passages[0]?.anchor,
        mention.title || mention.id),
      mention.manual ? el('span', { className: 'badge small manual-mark' }, t('manualTag')) : null,
      mention.source ? el('span', { className: 'source' }, ` · ${mention.source}`) : null),
    passages.length ? el('ul', { className: 'mention-passages' }, passages) : null);
}

/** Mentions grouped by year (undated last), oldest first as the API gives them. */
function byYear(mentions) {
  const groups = new Map();
  for (const mention of mentions) {
    const year = mention.date ? mention.date.slice(0, 4) : '';
    if (!groups.has(year)) groups.set(year, []);
    groups.get(year).push(mention);
  }
  return [...groups];
}

function yearBars(groups) {
  const max = Math.max(1, ...groups.map(([, list]) => list.length));
  return el('ol', { className: 'year-bars', 'aria-hidden': 'true' }, groups.map(([year, list]) => {
    const bar = el('span', { className: 'year-bar-fill' });
    bar.style.setProperty('--share', String(list.length / max));
    return el('li', {}, el('span', { className: 'year-label' }, year || t('undated')), bar,
      el('span', { className: 'count' }, String(list.length)));
  }));
}

/** The passage text with the cue phrase that shows the status marked. */
function cueExcerpt(text, cue) {
  const at = cue ? text.indexOf(cue) : -1;
  if (at < 0) return [excerpt(text)];
  const start = Math.max(0, at - Math.floor(EXCERPT_CHARS / 2));
  const before = `${start > 0 ? '…' : ''}${text.slice(start, at)}`;
  const after = text.slice(at + cue.length, start + EXCERPT_CHARS);
  return [before, el('mark', { className: 'status-cue' }, cue), `${after}${start + EXCERPT_CHARS < text.length ? '…' : ''}`];
}

/** Per year, the furthest status the documents show, with the passage that shows it. */
function statusTimeline(statuses, ctx) {
  if (!statuses?.length) return null;
  return el('section', { className: 'status-timeline', 'aria-labelledby': 'status-title' },
    el('h3', { id: 'status-title' }, t('statusTitle')), el('p', { className: 'hit-meta' }, t('statusIntro')),
    el('ol', { className: 'status-years' }, statuses.map((entry) => el('li', {
      className: 'status-year', dataset: { year: entry.year, status: entry.status, doc: entry.doc, n: String(entry.n) },
    },
    el('span', { className: 'year-label' }, entry.year), statusChip(entry.status),
    el('div', { className: 'status-passage', lang: entry.lang || undefined },
      passageLink(ctx, entry.doc, entry.n, entry.anchor, entry.title || entry.doc), ` ¶ ${entry.n}: `, ...cueExcerpt(entry.text, entry.cue))))));
}

/** Renders the tracker (the /api/measures/{id} body) of `measure` (its /api/measures entry). */
export function renderMeasureTrack(node, track, measure, ctx) {
  clear(node);
  const names = UI_LANGUAGES.filter((lang) => measure?.names?.[lang]).map((lang) =>
    el('li', { lang }, el('span', { className: 'badge small' }, lang), ' ', measure.names[lang]));
  const groups = byYear(track.mentions);
  // The optional sections are null when empty; Element.append would print them as "null".
  node.append(...[
    el('header', { className: 'document-header' },
      stateLink({ ...ctx.state, track: '', measures: '1' }, ctx.navigate, { className: 'back-link', id: 'all-measures' },
        `← ${t('allMeasures')}`),
      el('h2', { id: 'measure-title' }, `${track.measure} ${measureName(measure)}`),
      el('p', { className: 'hit-meta' }, areaBadge(measure?.area, ctx),
        el('span', { className: 'measure-counts' }, `${t('documents', track.documents)} · ${t('passages', track.passages)}`),
        proposedLine(measure), measure?.origin_names ? el('span', { className: 'origin' }, ` · ${originName(measure)}`) : null,
        stateLink({ ...ctx.state, q: '', track: '', measures: '', doc: '', page: 1, measure: [track.measure] }, ctx.navigate,
          { className: 'search-measure', id: 'search-measure' }, t('searchMeasure'))),
      names.length ? el('ul', { className: 'measure-names' }, names) : null,
      el('dl', { className: 'mention-summaries' },
        mentionSummary(t('firstMention'), track.first, ctx), mentionSummary(t('latestMention'), track.latest, ctx))),
    groups.length ? yearBars(groups) : el('p', { className: 'status' }, t('noMentions')),
    statusTimeline(track.statuses, ctx),
    el('ol', { className: 'measure-timeline' }, groups.map(([year, list]) => el('li', { className: 'timeline-year', dataset: { year } },
      el('h3', {}, year || t('undated')), el('ol', { className: 'mentions' }, list.map((m) => mentionItem(m, ctx)))))),
    antecedentList(track.antecedents ?? [], ctx)].filter(Boolean));
}

/** Documents dated before the measure was proposed: shown apart, never as its first mention. */
function antecedentList(antecedents, ctx) {
  if (antecedents.length === 0) return null;
  return el('section', { className: 'antecedents', 'aria-labelledby': 'antecedents-title' },
    el('h3', { id: 'antecedents-title' }, t('antecedents')), el('p', { className: 'hit-meta' }, t('antecedentsIntro')),
    el('ol', { className: 'mentions' }, antecedents.map((m) => mentionItem(m, ctx))));
}

export function renderMeasureError(node, message, ctx) {
  clear(node);
  node.append(el('header', { className: 'document-header' }, backLink(ctx),
    el('h2', {}, t('measureNotFound')), el('p', { className: 'error' }, message)));
}
