import type { SituationWords } from '../content/situation-words.js';
import { SITUATION_WORDS_NL } from '../content/situations-nl.js';
import type { Locale } from '../core/locale.js';
import { SITUATION_LIST_STRINGS_NL, type SituationListStrings } from './situation-list.strings.js';

/** Everything a list shows in one language: the situations' words and its own strings. */
export interface ListTexts {
  readonly words: SituationWords;
  readonly strings: SituationListStrings;
}

export const DUTCH_TEXTS: ListTexts = { words: SITUATION_WORDS_NL, strings: SITUATION_LIST_STRINGS_NL };

/**
 * Where each language comes from. Dutch is always there; English is a module of its own (texts-en.ts),
 * imported the first time a page shows a list in English, so a Dutch page never downloads it. A `Record`,
 * so a language without texts is a type error.
 */
const SOURCES: Record<Locale, () => Promise<ListTexts>> = {
  nl: () => Promise.resolve(DUTCH_TEXTS),
  en: () => import('./texts-en.js').then((module) => module.ENGLISH_TEXTS),
};

const loading: Partial<Record<Locale, Promise<ListTexts>>> = {};

/**
 * The texts in `locale`, loaded once for the whole page. Rejects when they cannot be loaded (offline,
 * blocked); the list then stays Dutch.
 */
export function loadListTexts(locale: Locale): Promise<ListTexts> {
  return (loading[locale] ??= SOURCES[locale]());
}
