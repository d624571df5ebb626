import type { ReferralCardStrings } from './referral-card.strings.js';

/** The card's own words in English (see referral-card.strings.ts). A missing string is a type error. */
export const REFERRAL_CARD_STRINGS_EN: ReferralCardStrings = { callBefore: 'Or', callLink: (number) => `call ${number}`, callAfter: '.' };
