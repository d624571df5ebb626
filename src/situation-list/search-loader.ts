/** The search code: what only a `searchable` list needs. */
export type Search = typeof import('./search.js');

let pending: Promise<Search> | undefined;

/**
 * Imports the search code the first time a list is `searchable`: a separate module (and CDN chunk),
 * because the search keywords are most of the list's content and a page without a search box should not
 * download them. One import for every list on the page.
 */
export function loadSearch(): Promise<Search> {
  pending ??= import('./search.js');
  return pending;
}
