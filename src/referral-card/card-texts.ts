import type { ReferralWords } from '../content/referral-words.js';
import { VICTIM_REFERRAL_NL } from '../content/referrals-nl.js';
import type { SituationWords } from '../content/situation-words.js';
import { SITUATION_WORDS_NL } from '../content/situations-nl.js';
import type { Locale } from '../core/locale.js';
import { REFERRAL_CARD_STRINGS_NL, type ReferralCardStrings } from './referral-card.strings.js';

/**
 * What a card says in one language before anything loads on demand: the victims' words (the default
 * audience; the others' come with other-audiences.ts), the situations' sentences and the card's own strings
 * (a situation's question comes with situation-questions.ts). Dutch is always there; English comes on demand (src/texts/), so a
 * Dutch page never downloads it.
 */
export interface CardTexts {
  readonly locale: Locale;
  readonly victim: ReferralWords;
  readonly situations: SituationWords;
  readonly strings: ReferralCardStrings;
}

export const DUTCH_CARD_TEXTS: CardTexts = {
  locale: 'nl',
  victim: VICTIM_REFERRAL_NL,
  situations: SITUATION_WORDS_NL,
  strings: REFERRAL_CARD_STRINGS_NL,
};
