// The whole page state lives in the URL query string, so a link reproduces a search and the
// browser's Back button walks through searches. The hash (#p12) only names a passage.

/** Facets that filter by any of several values (repeatable URL parameters). */
export const MULTI = ['lang', 'area', 'kind', 'source', 'measure', 'speaker'];

const SINGLE_DEFAULTS = {
  q: '', from: '', to: '', sort: 'relevance', page: 1, mode: 'documents', doc: '', ui: '', split: '', xlang: '', track: '', measures: '',
  group: '', said: '', vs: '',
};

export function emptyState() {
  const state = { ...SINGLE_DEFAULTS };
  for (const name of MULTI) state[name] = [];
  return state;
}

/** Reads a state from a query string ("?q=…&lang=en&lang=ru"). */
export function parseState(search) {
  const params = new URLSearchParams(search);
  const state = emptyState();
  for (const name of MULTI) state[name] = params.getAll(name).filter(Boolean);
  for (const name of Object.keys(SINGLE_DEFAULTS)) {
    if (params.has(name)) state[name] = params.get(name);
  }
  const page = Number.parseInt(state.page, 10);
  state.page = Number.isFinite(page) && page >= 1 ? page : 1;
  return state;
}

/** The query string of a state, leaving out defaults so that URLs stay short. */
export function stateToQuery(state) {
  const params = new URLSearchParams();
  for (const [name, fallback] of Object.entries(SINGLE_DEFAULTS)) {
    const value = state[name];
    if (value !== undefined && value !== '' && String(value) !== String(fallback)) params.set(name, value);
  }
  for (const name of MULTI) for (const value of state[name]) params.append(name, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The /api/search parameters of a state (the page-only keys left out). */
export function searchParams(state, overrides = {}) {
  const merged = { ...state, ...overrides };
  const params = new URLSearchParams();
  if (merged.q) params.set('q', merged.q);
  for (const name of MULTI) for (const value of merged[name]) params.append(name, value);
  if (merged.from) params.set('from', merged.from);
  if (merged.to) params.set('to', merged.to);
  if (merged.sort && merged.sort !== 'relevance') params.set('sort', merged.sort);
  if (merged.page > 1) params.set('page', merged.page);
  if (merged.mode === 'passages') params.set('mode', 'passages');
  if (merged.xlang === '0' || merged.xlang === '1') params.set('xlang', merged.xlang);
  if (merged.size) params.set('size', merged.size);
  if (merged.group === '0') params.set('group', '0');
  return params;
}

/** True when a search, not a document, is shown. */
export function isSearchView(state) {
  return !state.doc && !state.track && !state.measures && !state.said;
}

/** Which view a state shows: 'search', 'document', 'measure' (tracker), 'measures' (list) or
 * 'said' (who said what, when). */
export function viewOf(state) {
  if (state.doc) return 'document';
  if (state.track) return 'measure';
  if (state.measures) return 'measures';
  if (state.said) return 'said';
  return 'search';
}

/** A copy of `state` with `value` added to or removed from facet `name`; back to page 1. */
export function toggleFilter(state, name, value) {
  const values = state[name].includes(value) ? state[name].filter((v) => v !== value) : [...state[name], value];
  return { ...state, [name]: values, page: 1 };
}

export function hasFilters(state) {
  return MULTI.some((name) => state[name].length > 0) || state.from !== '' || state.to !== '';
}

export function withoutFilters(state) {
  const cleared = { ...state, from: '', to: '', page: 1 };
  for (const name of MULTI) cleared[name] = [];
  return cleared;
}

/** True for the date formats the API accepts: YYYY, YYYY-MM, YYYY-MM-DD. */
export function isDate(text) {
  return /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(text);
}
