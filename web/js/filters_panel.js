// The filters on a narrow screen. Below 800 px the sidebar would come after every hit; instead a
// button under the search box opens it as a panel over the page, and "Show results" closes it.
// On a wide screen CSS hides both buttons and the filters stay in the sidebar.
import { MULTI } from './state.js';

const $ = (id) => document.getElementById(id);

/** How many filters a state applies: each facet value, and each end of the date range. */
export function activeFilterCount(state) {
  return MULTI.reduce((count, name) => count + state[name].length, 0) + (state.from ? 1 : 0) + (state.to ? 1 : 0);
}

const isOpen = () => $('filters').classList.contains('open');

function setOpen(open) {
  $('filters').classList.toggle('open', open);
  document.body.classList.toggle('filters-open', open);
  $('filters-toggle').setAttribute('aria-expanded', String(open));
  if (open) $('filters-heading').focus({ preventScroll: true });
  else $('filters-toggle').focus({ preventScroll: true });
}

export function bindFiltersPanel() {
  $('filters-toggle').addEventListener('click', () => setOpen(!isOpen()));
  $('filters-close').addEventListener('click', () => {
    setOpen(false);
    $('results').scrollIntoView({ block: 'start' });
  });
  $('filters').addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !isOpen()) return;
    event.stopPropagation();
    setOpen(false);
  });
}

/** Shows on the button how many filters are on, so that a closed panel still tells. */
export function renderFiltersToggle(state) {
  const count = activeFilterCount(state);
  const badge = $('filter-count');
  badge.textContent = count > 0 ? String(count) : '';
  badge.hidden = count === 0;
}
