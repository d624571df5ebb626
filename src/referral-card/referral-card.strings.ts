import type { Locale } from '../content/index.js';

/** The card's own words around the content module's texts. */
export interface ReferralCardStrings {
  /** Before the phone number link: "Of bel 0900-0101." */
  callBefore: string;
  /** After the phone number link. */
  callAfter: string;
}

/** Plain language (B1). A missing translation is a type error. */
export const REFERRAL_CARD_STRINGS: Record<Locale, ReferralCardStrings> = {
  nl: { callBefore: 'Of bel', callAfter: '.' },
  en: { callBefore: 'Or call', callAfter: '.' },
};
