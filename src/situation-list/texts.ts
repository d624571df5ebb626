import { SITUATION_WORDS_NL } from '../content/situations-nl.js';
import type { ListTexts } from './list-texts.js';
import { SITUATION_LIST_STRINGS_NL } from './situation-list.strings.js';

export type { ListTexts };

/** The list in Dutch, always there; English comes on demand with the other elements' (src/texts/). */
export const DUTCH_TEXTS: ListTexts = { words: SITUATION_WORDS_NL, strings: SITUATION_LIST_STRINGS_NL };
