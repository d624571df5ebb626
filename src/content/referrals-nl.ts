import type { ResidentReferralWords } from './referral-words.js';

/**
 * What the referral card says to residents, in Dutch: the card's words for the resident audiences. Apart per
 * language so that a Dutch page never downloads the English (referrals-en.ts); REFERRALS (referrals.ts) joins them.
 */
export const RESIDENT_REFERRALS_NL: ResidentReferralWords = {
  victim: {
    heading: 'Hulp voor slachtoffers',
    body: [
      'Slachtofferhulp Nederland helpt u na een misdrijf, een ongeluk of een ramp.',
      'De hulp is gratis en komt van professionals.',
      'Samen kijken we welke hulp bij u past.',
    ],
    cta: 'Vraag hulp aan',
  },
  witness: {
    heading: 'Hulp voor getuigen',
    body: [
      'Iets ergs zien of horen kan veel met u doen.',
      'Slachtofferhulp Nederland helpt ook getuigen, gratis en professioneel.',
      'Samen kijken we welke hulp bij u past.',
    ],
    cta: 'Vraag hulp aan',
  },
  bereaved: {
    heading: 'Hulp voor nabestaanden',
    body: [
      'Slachtofferhulp Nederland steunt u als u iemand heeft verloren door een misdrijf, een ongeluk, een ramp of zelfdoding.',
      'Onze professionals helpen u gratis, ook met praktische en juridische vragen.',
      'Samen kijken we welke hulp bij u past.',
    ],
    cta: 'Vraag hulp aan',
  },
  'left-behind': {
    heading: 'Hulp als iemand vermist wordt',
    body: [
      'Als iemand vermist wordt, leeft u in grote onzekerheid.',
      'Onze professionals helpen u gratis, met steun en met praktische zaken.',
      'Samen kijken we welke hulp bij u past.',
    ],
    cta: 'Vraag hulp aan',
  },
  vulnerable: {
    heading: 'Extra aandacht voor kwetsbare inwoners',
    body: [
      'Slachtofferhulp Nederland geeft extra aandacht aan inwoners die kwetsbaar zijn.',
      'De hulp is gratis en komt van professionals.',
      'Samen kijken we wat u nodig heeft en wie u daarbij kan helpen.',
    ],
    cta: 'Vraag hulp aan',
  },
};
