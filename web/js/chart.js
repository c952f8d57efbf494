// The year facet as a bar chart of matching documents over time; each bar filters to its year.
// Bars are links (keyboard-usable, labelled); heights are CSS custom properties, not inline styles.
import { el, clear } from './dom.js';
import { t, valueLabel } from './i18n.js';
import { stateLink } from './results.js';

export const LANGUAGE_COLOURS = { en: '#3a6ea5', hy: '#d1495b', az: '#2a9d8f', ru: '#e9a03b' };

/** Every year from the first to the last one with a count, so gaps show as empty bars. */
function yearRange(counts) {
  const years = Object.keys(counts).map(Number).filter(Number.isFinite);
  if (years.length === 0) return [];
  const range = [];
  for (let year = Math.min(...years); year <= Math.max(...years); year += 1) range.push(String(year));
  return range;
}

function inSelectedRange(year, state) {
  const from = state.from ? state.from.slice(0, 4) : '';
  const to = state.to ? state.to.slice(0, 4) : '';
  if (!from && !to) return false;
  return (!from || year >= from) && (!to || year <= to);
}

function bar(year, total, segments, max, ctx) {
  const selected = inSelectedRange(year, ctx.state);
  const isOnlyYear = ctx.state.from === year && ctx.state.to === year;
  const target = isOnlyYear ? { ...ctx.state, from: '', to: '', page: 1 } : { ...ctx.state, from: year, to: year, page: 1 };
  const column = el('span', { className: 'bar-column', 'aria-hidden': 'true' });
  for (const [lang, count] of segments) {
    if (count === 0) continue;
    const segment = el('span', { className: 'bar-segment', dataset: { lang } });
    segment.style.setProperty('--share', String(count / max));
    if (lang !== 'all') segment.style.setProperty('--segment', LANGUAGE_COLOURS[lang] ?? '#888');
    column.append(segment);
  }
  return stateLink(target, ctx.navigate, {
    className: selected ? 'bar selected' : 'bar',
    'aria-label': t('yearBar', year, total),
    title: t('yearBar', year, total),
    dataset: { year },
  }, column, el('span', { className: 'bar-count', 'aria-hidden': 'true' }, total ? String(total) : ''),
  el('span', { className: 'bar-year', 'aria-hidden': 'true' }, year));
}

/**
 * Draws the chart. `years` maps year → count; `byLanguage`, when splitting, maps a language to
 * its own year counts.
 */
export function renderChart(node, legend, years, byLanguage, ctx) {
  clear(node);
  clear(legend);
  const range = yearRange(years);
  node.closest('section').hidden = range.length === 0;
  if (range.length === 0) return;
  const columns = range.map((year) => ({
    year,
    total: years[year] ?? 0,
    segments: byLanguage
      ? Object.entries(byLanguage).map(([lang, counts]) => [lang, counts[year] ?? 0])
      : [['all', years[year] ?? 0]],
  }));
  // A document in two languages counts in both: scale to the tallest stack, not the total.
  const stackHeight = (column) => column.segments.reduce((sum, [, count]) => sum + count, 0);
  const max = Math.max(1, ...columns.map(stackHeight));
  for (const column of columns) node.append(bar(column.year, column.total, column.segments, max, ctx));
  if (byLanguage) {
    for (const lang of Object.keys(byLanguage)) {
      const swatch = el('span', { className: 'swatch', 'aria-hidden': 'true' });
      swatch.style.setProperty('--area', LANGUAGE_COLOURS[lang] ?? '#888');
      legend.append(el('span', { className: 'legend-item' }, swatch, valueLabel('lang', lang, ctx)));
    }
  }
}
