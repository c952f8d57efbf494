// Liaison's search page: state in the URL, searches as you type, facets, timeline, documents.
import * as api from './js/api.js';
import { renderChart } from './js/chart.js';
import { renderDocument, renderDocumentError } from './js/document.js';
import { onPlainClick } from './js/dom.js';
import { bindFiltersPanel, renderFiltersToggle } from './js/filters_panel.js';
import { formatDate, setUiLanguage, translatePage, t, UI_LANGUAGES, uiLanguage } from './js/i18n.js';
import { renderMeasureError, renderMeasureList, renderMeasureTrack } from './js/measures.js';
import { renderSaidLink, renderWhoSaid, renderWhoSaidError } from './js/said.js';
import {
  renderDidYouMean, renderExpansions, renderExport, renderFacets, renderHits, renderPagination, renderStatus,
  renderPartialNotice, renderSyntaxHelp, renderVersionToggle, renderWarnings,
} from './js/results.js';
import {
  MULTI, hasFilters, isDate, isSearchView, parseState, searchParams, stateToQuery, viewOf, withoutFilters,
} from './js/state.js';

const TYPING_DELAY_MS = 250;
const $ = (id) => document.getElementById(id);

const app = {
  state: parseState(location.search),
  areas: new Map(),
  measures: new Map(),
  renderedKey: null,  // the query string last rendered: a hash-only change re-renders nothing
  controller: null,   // aborts the searches of a state the user has left
  typingTimer: 0,      // non-zero while a burst of keystrokes waits to become a search
  typingSession: false,  // true while keystrokes replace the history entry the first one pushed
  stats: null,
  speakerNames: new Map(),  // speaker id → name, from the last search's speaker facet
};

/** What the renderers share. */
const context = () => ({ state: app.state, areas: app.areas, measures: app.measures, speakerNames: app.speakerNames, navigate });

/** Moves to `state`: a new history entry (or a replaced one), then renders it. */
function navigate(state, { replace = false, hash = '' } = {}) {
  if (!replace) app.typingSession = false;
  const url = `${stateToQuery(state) || location.pathname}${hash}`;
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  render(state, { focus: !replace, hash });
}

function pickUiLanguage(state) {
  const stored = localStorage.getItem('liaison.ui');
  const browser = (navigator.language || 'en').slice(0, 2);
  return setUiLanguage([state.ui, stored, browser].find((lang) => UI_LANGUAGES.includes(lang)) ?? 'en');
}

function syncControls(state) {
  const box = $('q');
  // Keystrokes not yet searched are the user's newest intent: a render that began before them
  // (the first one, waiting on a slow network) must not wipe them.
  const typing = app.typingTimer !== 0;
  if (!typing && (document.activeElement !== box || box.value.trim() !== state.q.trim())) box.value = state.q;
  $('sort').value = ['relevance', 'date', '-date'].includes(state.sort) ? state.sort : 'relevance';
  $('mode-passages').checked = state.mode === 'passages';
  $('split-lang').checked = state.split === '1';
  for (const name of ['from', 'to']) {
    $(name).value = state[name];
    $(name).removeAttribute('aria-invalid');
  }
  $('ui-language').value = uiLanguage();
  $('clear-filters').hidden = !hasFilters(state);
  renderFiltersToggle(state);
}

async function render(state, { focus = false, hash = location.hash } = {}) {
  app.state = state;
  pickUiLanguage(state);
  translatePage();
  renderSyntaxHelp($('syntax-rows'));
  renderFooter();
  syncControls(state);
  app.renderedKey = location.search;
  app.controller?.abort();
  app.controller = new AbortController();
  const { signal } = app.controller;
  const view = viewOf(state);
  $('search-view').hidden = view !== 'search';
  $('document-view').hidden = view !== 'document';
  $('measure-view').hidden = view !== 'measure' && view !== 'measures';
  $('said-view').hidden = view !== 'said';
  if (view === 'said') await showWhoSaid(state, signal, { focus });
  else if (view === 'document') await showDocumentView(state, signal, { focus, hash });
  else if (view === 'measure') await showMeasureTrack(state, signal, { focus });
  else if (view === 'measures') await showMeasureList(state, { focus });
  else await showSearchView(state, signal);
}

async function showMeasureTrack(state, signal, { focus }) {
  const view = $('measure-view');
  try {
    const track = await api.getMeasureTrack(state.track, signal);
    renderMeasureTrack(view, track, app.measures.get(state.track), context());
    document.title = `${state.track} · Liaison`;
  } catch (error) {
    if (error.name === 'AbortError') return;
    renderMeasureError(view, error.message, context());
  }
  window.scrollTo(0, 0);
  if (focus) view.focus({ preventScroll: true });
}

async function showWhoSaid(state, signal, { focus }) {
  const view = $('said-view');
  try {
    const who = await api.whoSaid(searchParams({ ...state, page: 1, mode: 'documents' }), signal);
    renderWhoSaid(view, who, context());
    document.title = `${t('whoSaidTitle')} · Liaison`;
  } catch (error) {
    if (error.name === 'AbortError') return;
    renderWhoSaidError(view, error.message, context());
  }
  window.scrollTo(0, 0);
  if (focus) view.focus({ preventScroll: true });
}

async function showMeasureList(state, { focus }) {
  const view = $('measure-view');
  try {
    const measures = await api.getMeasures();
    app.measures = new Map(measures.map((measure) => [measure.id, measure]));
    renderMeasureList(view, measures, context());
    document.title = `${t('measuresTitle')} · Liaison`;
  } catch (error) {
    renderMeasureError(view, error.message, context());
  }
  window.scrollTo(0, 0);
  if (focus) view.focus({ preventScroll: true });
}

async function showDocumentView(state, signal, { focus, hash }) {
  const view = $('document-view');
  try {
    const [doc, other] = await Promise.all([api.getDocument(state.doc, signal),
      state.vs && state.vs !== state.doc ? api.getDocument(state.vs, signal) : null]);
    renderDocument(view, doc, context(), other);
    document.title = `${doc.title || doc.id} · Liaison`;
  } catch (error) {
    if (error.name === 'AbortError') return;
    renderDocumentError(view, error.message, context());
  }
  const target = hash ? document.getElementById(hash.slice(1)) : null;
  if (target) {
    // The passage did not exist when the URL was loaded or pushed: navigate to the fragment
    // again, in place, so that the browser scrolls to it and :target highlights it.
    if (document.querySelector(':target') !== target) location.replace(hash);
    target.scrollIntoView({ block: 'start' });
  } else {
    window.scrollTo(0, 0);
  }
  if (focus) (target ?? view).focus({ preventScroll: true });
}

/** The counts of one facet as if it were not filtered, so more values can be added. */
async function unfilteredFacet(state, name, signal) {
  const result = await api.search(searchParams({ ...state, [name]: [], page: 1, size: 1 }), signal);
  return result.facets[name];
}

/** Year counts for the chart: the whole timeline, whatever date range is selected. */
async function timeline(state, result, signal) {
  const dated = state.from || state.to;
  const base = dated ? await api.search(searchParams({ ...state, from: '', to: '', page: 1, size: 1 }), signal) : result;
  if (state.split !== '1') return { years: base.facets.year, byLanguage: null };
  const byLanguage = {};
  const languages = Object.keys(base.facets.lang).sort();
  const answers = await Promise.all(languages.map((lang) =>
    api.search(searchParams({ ...state, lang: [lang], from: '', to: '', page: 1, size: 1 }), signal)));
  languages.forEach((lang, i) => { byLanguage[lang] = answers[i].facets.year; });
  return { years: base.facets.year, byLanguage };
}

async function showSearchView(state, signal) {
  const status = $('status');
  status.textContent = t('searching');
  $('results').setAttribute('aria-busy', 'true');
  document.title = state.q ? `${state.q} · Liaison` : 'Liaison';
  try {
    const result = await api.search(searchParams(state), signal);
    for (const [id, name] of Object.entries(result.speaker_names ?? {})) app.speakerNames.set(id, name);
    const facets = { ...result.facets };
    const filtered = MULTI.filter((name) => name !== 'measure' && state[name].length > 0);
    const [unfiltered, chart] = await Promise.all([
      Promise.all(filtered.map((name) => unfilteredFacet(state, name, signal))),
      timeline(state, result, signal),
    ]);
    filtered.forEach((name, i) => { facets[name] = unfiltered[i]; });
    const ctx = context();
    renderStatus(status, result, ctx);
    renderExport($('export'), result, (format) => api.exportUrl(searchParams(state), format),
      api.feedUrl(searchParams(state)));
    renderSaidLink($('said-link'), result, ctx);
    renderExpansions($('expansions'), result, ctx);
    renderDidYouMean($('did-you-mean'), result, ctx);
    renderWarnings($('query-warnings'), result);
    renderPartialNotice($('partial-notice'), result);
    renderVersionToggle($('group-versions'), state);
    renderHits($('hits'), result, ctx);
    renderFacets($('facets'), facets, ctx);
    renderChart($('chart'), $('chart-legend'), chart.years, chart.byLanguage, ctx);
    renderPagination($('pagination'), result, ctx);
  } catch (error) {
    if (error.name === 'AbortError') return;
    status.textContent = `${t('failed')}: ${error.message}`;
    $('hits').replaceChildren();
    $('pagination').replaceChildren();
  } finally {
    if (!signal.aborted) $('results').removeAttribute('aria-busy');
  }
}

function onTyping() {
  clearTimeout(app.typingTimer);
  app.typingTimer = setTimeout(() => {
    app.typingTimer = 0;
    const q = $('q').value;
    if (q.trim() === app.state.q.trim() && isSearchView(app.state)) return;
    // The first keystroke of a burst adds a history entry; the following ones replace it.
    const replace = app.typingSession;
    navigate({ ...app.state, q, page: 1, doc: '', track: '', measures: '', vs: '' }, { replace });
    app.typingSession = true;
  }, TYPING_DELAY_MS);
}

function onDateChange(event) {
  const input = event.target;
  const value = input.value.trim();
  if (value !== '' && !isDate(value)) {
    input.setAttribute('aria-invalid', 'true');
    return;
  }
  input.removeAttribute('aria-invalid');
  navigate({ ...app.state, [input.id]: value, page: 1 });
}

function bindControls() {
  bindFiltersPanel();
  $('q').addEventListener('input', onTyping);
  $('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(app.typingTimer);
    app.typingTimer = 0;
    navigate({ ...app.state, q: $('q').value, page: 1, doc: '', track: '', measures: '', vs: '' });
    $('results').focus({ preventScroll: true });
  });
  $('sort').addEventListener('change', (e) => navigate({ ...app.state, sort: e.target.value, page: 1 }));
  $('mode-passages').addEventListener('change', (e) =>
    navigate({ ...app.state, mode: e.target.checked ? 'passages' : 'documents', page: 1 }));
  $('group-versions').addEventListener('change', (e) => navigate({ ...app.state, group: e.target.checked ? '' : '0', page: 1 }));
  $('split-lang').addEventListener('change', (e) => navigate({ ...app.state, split: e.target.checked ? '1' : '' }));
  $('from').addEventListener('change', onDateChange);
  $('to').addEventListener('change', onDateChange);
  $('clear-filters').addEventListener('click', () => navigate(withoutFilters(app.state)));
  $('ui-language').addEventListener('change', (e) => {
    localStorage.setItem('liaison.ui', e.target.value);
    navigate({ ...app.state, ui: e.target.value }, { replace: true, hash: location.hash });
  });
  $('measures-link').addEventListener('click', onPlainClick(() => navigate({ ...app.state, doc: '', track: '', said: '', measures: '1' })));
  $('home-link').addEventListener('click', (event) => {
    event.preventDefault();
    navigate(parseState(app.state.ui ? `?ui=${app.state.ui}` : ''));
  });
  document.addEventListener('keydown', (event) => {
    const typing = /^(INPUT|SELECT|TEXTAREA)$/.test(document.activeElement?.tagName ?? '');
    if (event.key === '/' && !typing) {
      event.preventDefault();
      $('q').focus();
    } else if (event.key === 'Escape' && !isSearchView(app.state) && !typing) {
      navigate({ ...app.state, doc: '', track: '', measures: '', said: '', vs: '' });
    }
  });
  window.addEventListener('popstate', () => {
    app.typingSession = false;
    if (location.search === app.renderedKey) {
      // Only the passage anchor changed (#p12): the browser scrolls; nothing to fetch.
      document.getElementById(location.hash.slice(1))?.scrollIntoView({ block: 'start' });
      return;
    }
    render(parseState(location.search), { hash: location.hash });
  });
}

function renderFooter() {
  const { stats } = app;
  if (!stats) return;
  const indexed = stats.last_indexed ? ` · ${t('indexed', formatDate(stats.last_indexed.slice(0, 10)))}` : '';
  $('footer').textContent = `${t('stats', stats.documents, stats.passages)}${indexed}`;
}

async function loadFooter() {
  try {
    app.stats = await api.getStats();
    renderFooter();
  } catch {
    app.stats = null;
  }
}

async function start() {
  bindControls();
  // Both lists at once: the first search waits for them, so each round trip shows.
  const [areas, measures] = await Promise.all([api.getAreas().catch(() => []), api.getMeasures().catch(() => [])]);
  app.areas = new Map(areas.map((area) => [area.id, area]));
  app.measures = new Map(measures.map((measure) => [measure.id, measure]));
  await render(app.state, { hash: location.hash });
  loadFooter();
}

start();
