import type { Locale } from '../content/index.js';

export interface SituationListStrings {
  /** Shown with the box before the search code arrives; the other search texts are in search.strings.ts. */
  searchLabel: string;
  /** After the crisis line's question: who to talk to, and that it is free and always open. */
  crisisAdvice: string;
  /** The crisis line's links: "Bel 113", "Chat via 113.nl". */
  crisisCall(number: string): string;
  crisisChat(site: string): string;
}

/** Plain language (B1): short sentences, common words. A missing translation is a type error. */
export const SITUATION_LIST_STRINGS: Record<Locale, SituationListStrings> = {
  nl: {
    searchLabel: 'Zoek een situatie',
    crisisAdvice: 'Praat erover met 113 Zelfmoordpreventie. Dat is gratis en kan dag en nacht.',
    crisisCall: (number) => `Bel ${number}`,
    crisisChat: (site) => `Chat via ${site}`,
  },
  en: {
    searchLabel: 'Find a situation',
    crisisAdvice: 'Talk about it with 113 Suicide Prevention. It is free, day and night.',
    crisisCall: (number) => `Call ${number}`,
    crisisChat: (site) => `Chat at ${site}`,
  },
};
