import { SITUATION_WORDS_EN } from '../content/situations-en.js';
import { SITUATION_LIST_STRINGS_EN } from './situation-list.strings-en.js';
import type { ListTexts } from './list-texts.js';

/** The list in English: loaded on demand (see texts.ts), a chunk of its own in the CDN build. */
export const ENGLISH_TEXTS: ListTexts = { words: SITUATION_WORDS_EN, strings: SITUATION_LIST_STRINGS_EN };
