export interface SituationListStrings {
  /** After the crisis line's question: who to talk to, and that it is free and always open. */
  crisisAdvice: string;
  /** The crisis line's links: "Bel 113", "Chat via 113.nl". */
  crisisCall(number: string): string;
  crisisChat(site: string): string;
}

/**
 * Plain language (B1): short sentences, common words. English is in situation-list.strings-en.ts, which a
 * list loads only when it shows English (see texts.ts); both must fill this interface.
 */
export const SITUATION_LIST_STRINGS_NL: SituationListStrings = {
  crisisAdvice: 'Praat erover met 113 Zelfmoordpreventie. Dat is gratis en kan dag en nacht.',
  crisisCall: (number) => `Bel ${number}`,
  crisisChat: (site) => `Chat via ${site}`,
};
