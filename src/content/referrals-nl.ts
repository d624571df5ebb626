import type { ReferralWords } from './referral-words.js';

/**
 * What the referral card says to victims (its default audience) in Dutch. Apart from every other audience
 * (referrals-others.ts) and from English (referrals-en.ts), so that a page with the default card downloads
 * only these words; REFERRALS (referrals.ts) joins them all.
 */
export const VICTIM_REFERRAL_NL: ReferralWords = {
  heading: 'Hulp voor slachtoffers',
  body: [
    'Slachtofferhulp Nederland helpt u na een misdrijf, een ongeluk of een ramp.',
    'De hulp is gratis en komt van professionals.',
    'Samen kijken we welke hulp bij u past.',
  ],
  cta: 'Vraag hulp aan',
};
