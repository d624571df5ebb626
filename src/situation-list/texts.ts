import type { OnDemandCode } from '../base/on-demand.js';
import type { SituationWords } from '../content/situation-words.js';
import { SITUATION_WORDS_NL } from '../content/situations-nl.js';
import { SITUATION_LIST_STRINGS_NL, type SituationListStrings } from './situation-list.strings.js';

/** Everything a list shows in one language: the situations' words and its own strings. */
export interface ListTexts {
  readonly words: SituationWords;
  readonly strings: SituationListStrings;
}

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
