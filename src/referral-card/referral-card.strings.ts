import type { Locale } from '../core/locale.js';

/** The card's own words around the content module's texts. */
export interface ReferralCardStrings {
  /** Before the phone number link: "Of" in "Of bel 0900-0101." */
  callBefore: string;
  /** The phone link's text, which says what it does also out of context (a screen reader's list of links). */
  callLink(number: string): string;
  /** After the phone number link. */
  callAfter: string;
}

/** Plain language (B1). A missing translation is a type error. */
export const REFERRAL_CARD_STRINGS: Record<Locale, ReferralCardStrings> = {
  nl: { callBefore: 'Of', callLink: (number) => `bel ${number}`, callAfter: '.' },
  en: { callBefore: 'Or', callLink: (number) => `call ${number}`, callAfter: '.' },
};
