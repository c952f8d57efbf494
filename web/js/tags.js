// CBM tag chips (areas coloured, measures with their short names) with their evidence: what
// triggered each tag, in the chip's tooltip and in an expandable "why" list; manual tags say so.
import { el, onPlainClick, paintArea } from './dom.js';
import { t, uiLanguage } from './i18n.js';

const SHORT_NAME_CHARS = 32;

/** The measure's name in the interface language, shortened for a chip. */
export function measureName(measure, { short = false } = {}) {
  const name = measure?.names?.[uiLanguage()] ?? measure?.names?.en ?? '';
  if (!short || name.length <= SHORT_NAME_CHARS) return name;
  return `${name.slice(0, SHORT_NAME_CHARS - 1).trimEnd()}…`;
}

export function areaName(area, id) {
  return area?.names?.[uiLanguage()] ?? area?.names?.en ?? id;
}

/** What a tag rests on, as one line: "manual", the evidence, or both. */
export function evidenceText(tag) {
  const parts = [];
  if (tag.manual) parts.push(t('manualTag'));
  if (tag.evidence?.length) parts.push(tag.evidence.join(', '));
  return parts.join(' · ') || t('noEvidence');
}

/** The tags of a hit, passage or document as [{kind, id, tag}] (measures from measure_tags). */
function tagList(item) {
  const measureTags = item.measure_tags ?? (item.measures ?? []).map((id) => ({ id }));
  return [
    ...(item.areas ?? []).map((tag) => ({ kind: 'area', id: tag.id, tag })),
    ...measureTags.map((tag) => ({ kind: 'measure', id: tag.id, tag })),
  ];
}

function chip({ kind, id, tag }, ctx, { linkMeasure }) {
  const title = `${kind === 'area' ? areaName(ctx.areas.get(id), id) : `${id} ${measureName(ctx.measures.get(id))}`}: ${evidenceText(tag)}`;
  const dataset = { tag: id, evidence: evidenceText(tag), manual: tag.manual ? '1' : '0' };
  if (kind === 'area') {
    const node = el('span', { className: 'chip area-chip', title, dataset }, areaName(ctx.areas.get(id), id));
    if (tag.manual) node.classList.add('manual');
    return paintArea(node, ctx.areas.get(id));
  }
  const measure = ctx.measures.get(id);
  const children = [el('span', { className: 'measure-id' }, id),
    measure ? el('span', { className: 'measure-name' }, measureName(measure, { short: true })) : null];
  const className = `chip measure-chip${tag.manual ? ' manual' : ''}`;
  if (!linkMeasure) return el('span', { className, title, dataset }, children);
  return el('a', {
    className, title, dataset, href: `?track=${encodeURIComponent(id)}`,
    onclick: onPlainClick(() => ctx.navigate({ ...ctx.state, doc: '', measures: '', track: id })),
  }, children);
}

/** The expandable list of every tag with its evidence. */
function evidenceList(list, ctx) {
  const items = list.map(({ kind, id, tag }) => el('li', { dataset: { tag: id } },
    el('strong', {}, kind === 'area' ? areaName(ctx.areas.get(id), id) : `${id} ${measureName(ctx.measures.get(id))}`),
    ': ', tag.manual ? el('span', { className: 'manual-mark' }, t('manualTag')) : null,
    tag.manual && tag.evidence?.length ? ' · ' : null,
    tag.evidence?.length ? tag.evidence.join(', ') : (tag.manual ? null : t('noEvidence'))));
  return el('details', { className: 'evidence' }, el('summary', {}, t('whyTags')), el('ul', {}, items));
}

/** Chips and the "why" list for `item` (a hit, passage or document), or null without tags. */
export function tagChips(item, ctx, { linkMeasure = true } = {}) {
  const list = tagList(item);
  if (list.length === 0) return null;
  return el('div', { className: 'tags' }, list.map((entry) => chip(entry, ctx, { linkMeasure })), evidenceList(list, ctx));
}
