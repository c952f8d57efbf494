// The versions of a document's text (its translations): a switch between them, and two shown
// side by side, passage against passage (the versions are aligned by passage number).
import { el } from './dom.js';
import { t, valueLabel } from './i18n.js';
import { stateLink } from './results.js';

/** The version switch: one link per version, the shown one marked; and the side-by-side choice. */
export function versionSwitch(doc, ctx) {
  if (!doc.versions || doc.versions.length < 2) return null;
  const links = doc.versions.map((version) => {
    const current = version.id === doc.id;
    const label = valueLabel('lang', version.lang, ctx);
    return current
      ? el('span', { className: 'chip version-chip current', 'aria-current': 'page', lang: version.lang }, label)
      : stateLink({ ...ctx.state, doc: version.id, vs: ctx.state.vs === version.id ? doc.id : ctx.state.vs },
        ctx.navigate, { className: 'chip version-chip', dataset: { version: version.id } }, label);
  });
  const pairs = doc.versions.filter((version) => version.id !== doc.id).map((version) => {
    const active = ctx.state.vs === version.id;
    return stateLink({ ...ctx.state, vs: active ? '' : version.id }, ctx.navigate, {
      className: active ? 'chip side-chip active' : 'chip side-chip',
      'aria-pressed': active ? 'true' : 'false',
      dataset: { version: version.id },
    }, valueLabel('lang', version.lang, ctx));
  });
  return el('nav', { className: 'versions', 'aria-label': t('versions') },
    el('span', { className: 'versions-label' }, `${t('versions')}:`), ...links,
    el('span', { className: 'versions-label' }, `${t('sideBySide')}:`), ...pairs);
}

/** Two versions passage against passage: a row per passage number, `doc` on the left. */
export function sideBySide(doc, other, ctx) {
  const others = new Map(other.passages.map((passage) => [passage.n, passage]));
  const numbers = [...new Set([...doc.passages.map((p) => p.n), ...others.keys()])].sort((a, b) => a - b);
  const mine = new Map(doc.passages.map((passage) => [passage.n, passage]));
  const cell = (passage, lang) => el('td', { lang: passage?.lang || lang || undefined }, passage ? passage.text : '');
  return el('table', { className: 'side-by-side', id: 'side-by-side' },
    el('thead', {}, el('tr', {},
      el('th', { scope: 'col' }, '¶'),
      el('th', { scope: 'col', lang: doc.lang }, `${valueLabel('lang', doc.lang, ctx)} · ${doc.title}`),
      el('th', { scope: 'col', lang: other.lang }, `${valueLabel('lang', other.lang, ctx)} · ${other.title}`))),
    el('tbody', {}, numbers.map((n) => el('tr', { id: `pair-${n}` },
      el('th', { scope: 'row' }, String(n)), cell(mine.get(n), doc.lang), cell(others.get(n), other.lang)))));
}
