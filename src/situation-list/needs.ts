import { toLocale } from '../core/locale.js';

/** Code a situation list loads on demand, by its group name in the CDN's integrity.json (`onDemand`). */
export type ListNeed = 'search' | 'texts-en';

/**
 * What a list with these settings loads on demand: the search code when it is `searchable`, the English
 * texts when its language (its nearest `lang`, any English tag such as `en-GB`) is English. The one rule for
 * the element and for the embed configurator, which preloads the same chunks. DOM-free.
 */
export function listNeeds({ searchable, lang }: { searchable: boolean; lang: string }): ListNeed[] {
  const needs: ListNeed[] = [];
  if (searchable) needs.push('search');
  if (toLocale(lang) === 'en') needs.push('texts-en');
  return needs;
}
