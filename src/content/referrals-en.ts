import type { ResidentReferralWords } from './referral-words.js';

/**
 * The resident audiences' referral texts in English, translated from referrals-nl.ts. The card loads this
 * module only on a page that shows English.
 */
export const RESIDENT_REFERRALS_EN: ResidentReferralWords = {
  victim: {
    heading: 'Help for victims',
    body: [
      'Slachtofferhulp Nederland helps you after a crime, an accident or a disaster.',
      'The help is free and comes from professionals.',
      'Together we look at what help suits you.',
    ],
    cta: 'Ask for help',
  },
  witness: {
    heading: 'Help for witnesses',
    body: [
      'Seeing or hearing something terrible can affect you deeply.',
      'Slachtofferhulp Nederland also helps witnesses, for free and professionally.',
      'Together we look at what help suits you.',
    ],
    cta: 'Ask for help',
  },
  bereaved: {
    heading: 'Help for bereaved relatives',
    body: [
      'Slachtofferhulp Nederland supports you if you have lost someone through a crime, an accident, a disaster or suicide.',
      'Our professionals help you for free, also with practical and legal questions.',
      'Together we look at what help suits you.',
    ],
    cta: 'Ask for help',
  },
  'left-behind': {
    heading: 'Help when someone is missing',
    body: [
      'When someone is missing, you live with great uncertainty.',
      'Our professionals help you for free, with support and with practical matters.',
      'Together we look at what help suits you.',
    ],
    cta: 'Ask for help',
  },
  vulnerable: {
    heading: 'Extra attention for vulnerable residents',
    body: [
      'Slachtofferhulp Nederland gives extra attention to residents who are vulnerable.',
      'The help is free and comes from professionals.',
      'Together we look at what you need and who can help you with it.',
    ],
    cta: 'Ask for help',
  },
};
