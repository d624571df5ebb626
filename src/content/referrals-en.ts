import type { ReferralWords } from './referral-words.js';

/** The victims' card in English, translated from referrals-nl.ts; loaded only on a page that shows English. */
export const VICTIM_REFERRAL_EN: ReferralWords = {
  heading: 'Help for victims',
  body: [
    'Slachtofferhulp Nederland helps you after a crime, an accident or a disaster.',
    'The help is free and comes from professionals.',
    'Together we look at what help suits you.',
  ],
  cta: 'Ask for help',
};
