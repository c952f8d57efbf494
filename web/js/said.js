// The "who said what, when" view: for the query, each speaker's matching passages on a timeline,
// each with its passage and a link to it in its document.
import { el, clear, snippetNodes, onPlainClick } from './dom.js';
import { formatDate, t, uiLanguage, valueLabel } from './i18n.js';
import { stateToQuery } from './state.js';
import { provenanceBadge, stateLink } from './results.js';

/** One statement; `continued` when the one before it is of the same document (its title is not repeated). */
function statementItem(statement, ctx, continued) {
  const docState = { ...ctx.state, said: '', doc: statement.id };
  const anchor = `#p${statement.passage}`;
  const open = (attributes, ...children) => el('a', {
    ...attributes,
    href: `${stateToQuery(docState)}${anchor}`,
    onclick: onPlainClick(() => ctx.navigate(docState, { hash: anchor })),
  }, ...children);
  return el('li', { className: continued ? 'statement continued' : 'statement' },
    el('div', { className: 'statement-when' },
      continued ? null : statement.date ? el('time', { datetime: statement.date }, formatDate(statement.date, uiLanguage())) : t('undated')),
    el('div', { className: 'statement-what' },
      continued ? null : open({ className: 'statement-title', lang: statement.lang || undefined }, statement.title || statement.id),
      el('p', { className: 'hit-meta' },
        continued ? null : el('span', { className: 'badge' }, valueLabel('lang', statement.lang, ctx)),
        continued ? null : provenanceBadge(statement.provenance),
        open({ className: 'statement-passage', title: t('linkToParagraph', statement.passage) }, `¶ ${statement.passage}`)),
      el('p', { className: 'snippet', lang: statement.lang || undefined }, snippetNodes(statement.snippet))));
}

function speakerSection(speaker, ctx) {
  const filter = { ...ctx.state, said: '', speaker: [speaker.id], page: 1 };
  return el('section', { className: 'speaker', dataset: { speaker: speaker.id } },
    el('h3', {}, speaker.name, ' ',
      el('span', { className: 'count' }, t('statements', speaker.statements.length))),
    stateLink(filter, ctx.navigate, { className: 'speaker-search' }, t('searchSpeaker')),
    el('ol', { className: 'statements' }, speaker.statements.map((statement, i) =>
      statementItem(statement, ctx, i > 0 && speaker.statements[i - 1].id === statement.id))));
}

/** Renders the /api/said answer `who` into `node`. */
export function renderWhoSaid(node, who, ctx) {
  clear(node);
  const back = stateLink({ ...ctx.state, said: '' }, ctx.navigate, { className: 'back-link' }, `← ${t('backToResults')}`);
  const intro = el('p', { className: 'said-intro' }, t('whoSaidIntro'));
  const body = who.speakers.length === 0
    ? el('p', { className: 'said-empty' }, t('noSpeakers'))
    : el('div', { className: 'speakers' }, who.speakers.map((speaker) => speakerSection(speaker, ctx)));
  node.append(el('header', { className: 'document-header' }, back,
    el('h2', { id: 'said-title' }, who.query ? t('whoSaidQuery', who.query) : t('whoSaidTitle')), intro),
  body, who.complete ? null : el('p', { className: 'export-note' }, t('whoSaidPartial', who.passages)));
}

export function renderWhoSaidError(node, message, ctx) {
  clear(node);
  node.append(el('header', { className: 'document-header' },
    stateLink({ ...ctx.state, said: '' }, ctx.navigate, { className: 'back-link' }, `← ${t('backToResults')}`),
    el('h2', {}, t('whoSaidTitle')), el('p', { className: 'error' }, message)));
}

/** The link from a search to its who-said-what view (hidden without results). */
export function renderSaidLink(node, result, ctx) {
  clear(node);
  node.hidden = result.total === 0;
  if (result.total === 0) return;
  node.append(stateLink({ ...ctx.state, said: '1', page: 1 }, ctx.navigate, { className: 'said-link', id: 'said-link-a' },
    t('whoSaidLink')));
}
