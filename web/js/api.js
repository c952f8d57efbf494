// Calls to the search API. Errors carry the server's {"error": …} message.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function getJson(url, signal) {
  const response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) throw new ApiError(response.status, body?.error ?? response.statusText);
  return body;
}

export const search = (params, signal) => getJson(`/api/search?${params}`, signal);
export const whoSaid = (params, signal) => getJson(`/api/said?${params}`, signal);
export const getDocument = (id, signal) => getJson(`/api/documents/${encodeURIComponent(id)}`, signal);
export const getAreas = () => getJson('/api/areas');
export const getMeasures = () => getJson('/api/measures');
export const getStats = () => getJson('/api/stats');
export const getMeasureTrack = (id, signal) => getJson(`/api/measures/${encodeURIComponent(id)}`, signal);
export const getCitation = (id, n) =>
  getJson(`/api/documents/${encodeURIComponent(id)}/passages/${encodeURIComponent(n)}/cite`);
/** The URL of the export of a search (`params` as for search) in `format` (csv, json, bibtex or ris). */
export function exportUrl(params, format) {
  const query = new URLSearchParams(params);
  query.delete('page');
  query.delete('size');
  query.set('format', format);
  return `/api/export?${query}`;
}
/** The URL of the Atom feed of a search's newest documents (`params` as for search). */
export function feedUrl(params) {
  const query = new URLSearchParams(params);
  for (const ignored of ['page', 'size', 'sort', 'mode']) query.delete(ignored);
  return `/api/feed?${query}`;
}
