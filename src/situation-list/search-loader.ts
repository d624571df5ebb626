import type { OnDemandCode } from '../base/on-demand.js';

/** The search code: what only a `searchable` list needs. */
export type Search = typeof import('./search.js');

/**
 * The search code, loaded the first time a list is `searchable`: a separate module (and CDN chunk), because
 * the search keywords are most of the list's content and a page without a search box should not download
 * them. One import for every list on the page (see OnDemandController).
 */
export const SEARCH_CODE: OnDemandCode<Search> = {
  load: () => import('./search.js'),
  attribute: 'searchable',
  fallback: 'showing the list without a search box',
};
