import { VICTIM_REFERRAL_EN } from '../content/referrals-en.js';
import { SITUATION_WORDS_EN } from '../content/situations-en.js';
import type { CardTexts } from './card-texts.js';
import { REFERRAL_CARD_STRINGS_EN } from './referral-card.strings-en.js';

/** The card in English (see card-texts.ts): part of the English loaded on demand (src/texts/). */
export const ENGLISH_CARD_TEXTS: CardTexts = {
  locale: 'en',
  victim: VICTIM_REFERRAL_EN,
  situations: SITUATION_WORDS_EN,
  strings: REFERRAL_CARD_STRINGS_EN,
};
