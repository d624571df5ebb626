import type { OnDemandCode } from '../base/on-demand.js';
import { SITUATION_WORDS_NL } from '../content/situations-nl.js';
import type { ListTexts } from './list-texts.js';
import { SITUATION_LIST_STRINGS_NL } from './situation-list.strings.js';

export type { ListTexts };

export const DUTCH_TEXTS: ListTexts = { words: SITUATION_WORDS_NL, strings: SITUATION_LIST_STRINGS_NL };

/**
 * The English texts: a module of their own (texts-en.ts), loaded the first time a page shows a list in
 * English, so a Dutch page never downloads them. When they cannot be loaded the list stays Dutch.
 */
export const ENGLISH_TEXTS_CODE: OnDemandCode<ListTexts> = {
  load: () => import('./texts-en.js').then((module) => module.ENGLISH_TEXTS),
  attribute: 'lang',
  fallback: 'showing Dutch',
};
