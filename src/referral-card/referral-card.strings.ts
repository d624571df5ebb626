/** The card's own words around the content module's texts, in one language. */
export interface ReferralCardStrings {
  /** Before the phone number link: "Of" in "Of bel 0900-0101." */
  callBefore: string;
  /** The phone link's text, which says what it does also out of context (a screen reader's list of links). */
  callLink(number: string): string;
  /** After the phone number link. */
  callAfter: string;
}

/** Plain language (B1). English: referral-card.strings-en.ts, loaded only where English shows. */
export const REFERRAL_CARD_STRINGS_NL: ReferralCardStrings = { callBefore: 'Of', callLink: (number) => `bel ${number}`, callAfter: '.' };
