import type { Locale } from '../core/locale.js';

/** The texts only a search needs; apart from the list's own strings so they load with the search code. */
export interface SearchStrings {
  /** The label of the search box. */
  label: string;
  /** The result count read out after each change of the search words. */
  count(shown: number): string;
  noResults(query: string): string;
  /** Around the phone link when nothing matches: before, after. */
  callInstead: [string, string];
  /** The phone link's text, which says what it does also out of context. */
  callLink(number: string): string;
}

/** Plain language (B1): short sentences, common words. A missing translation is a type error. */
export const SEARCH_STRINGS: Record<Locale, SearchStrings> = {
  nl: {
    label: 'Zoek een situatie',
    count: (shown) => (shown === 1 ? '1 situatie' : `${shown} situaties`),
    noResults: (query) => `Geen situatie gevonden voor “${query}”.`,
    callInstead: ['Probeer een ander woord. Of', '. Wij kijken samen met u welke hulp bij u past.'],
    callLink: (number) => `bel ${number}`,
  },
  en: {
    label: 'Find a situation',
    count: (shown) => (shown === 1 ? '1 situation' : `${shown} situations`),
    noResults: (query) => `No situation found for “${query}”.`,
    callInstead: ['Try another word. Or', '. We will help you find the right support.'],
    callLink: (number) => `call ${number}`,
  },
};
