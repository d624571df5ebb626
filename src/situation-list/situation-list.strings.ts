import type { Locale } from '../content/index.js';

export interface SituationListStrings {
  searchLabel: string;
  /** The result count read out after each change of the search words. */
  count(shown: number): string;
  noResults(query: string): string;
  /** Around the phone number in the empty state: before, after. */
  callInstead: [string, string];
  /** Around the crisis line's links, after its question: "Bel" 113 "of" 0800-0113 "(gratis), of chat via" 113.nl. */
  crisisCall: string;
  crisisOr: string;
  crisisFreeOrChat: string;
}

/** Plain language (B1): short sentences, common words. A missing translation is a type error. */
export const SITUATION_LIST_STRINGS: Record<Locale, SituationListStrings> = {
  nl: {
    searchLabel: 'Zoek een situatie',
    count: (shown) => (shown === 1 ? '1 situatie' : `${shown} situaties`),
    noResults: (query) => `Geen situatie gevonden voor “${query}”.`,
    callInstead: ['Probeer een ander woord. Of bel ons op', '. Wij kijken samen met u welke hulp bij u past.'],
    crisisCall: 'Bel',
    crisisOr: 'of',
    crisisFreeOrChat: '(gratis), of chat via',
  },
  en: {
    searchLabel: 'Find a situation',
    count: (shown) => (shown === 1 ? '1 situation' : `${shown} situations`),
    noResults: (query) => `No situation found for “${query}”.`,
    callInstead: ['Try another word. Or call us on', '. We will help you find the right support.'],
    crisisCall: 'Call',
    crisisOr: 'or',
    crisisFreeOrChat: '(free), or chat at',
  },
};
