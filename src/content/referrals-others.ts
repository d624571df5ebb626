import type { Locale } from './types.js';
import type { OtherAudienceId, ReferralWords } from './referral-words.js';

/**
 * What the referral card says to every audience but victims (its default), in both languages: the other
 * residents (witnesses, bereaved, families of missing persons, vulnerable residents), helpers, professionals
 * and municipalities. Apart because a page shows one or two of them at most: the card loads them on demand.
 */
export const OTHER_REFERRALS: Readonly<Record<OtherAudienceId, Readonly<Record<Locale, ReferralWords>>>> = {
  witness: {
    nl: {
      heading: 'Hulp voor getuigen',
      body: [
        'Iets ergs zien of horen kan veel met u doen.',
        'Slachtofferhulp Nederland helpt ook getuigen, gratis en professioneel.',
        'Samen kijken we welke hulp bij u past.',
      ],
      cta: 'Vraag hulp aan',
    },
    en: {
      heading: 'Help for witnesses',
      body: [
        'Seeing or hearing something terrible can affect you deeply.',
        'Slachtofferhulp Nederland also helps witnesses, for free and professionally.',
        'Together we look at what help suits you.',
      ],
      cta: 'Ask for help',
    },
  },
  bereaved: {
    nl: {
      heading: 'Hulp voor nabestaanden',
      body: [
        'Slachtofferhulp Nederland steunt u als u iemand heeft verloren door een misdrijf, een ongeluk, een ramp of zelfdoding.',
        'Onze professionals helpen u gratis, ook met praktische en juridische vragen.',
        'Samen kijken we welke hulp bij u past.',
      ],
      cta: 'Vraag hulp aan',
    },
    en: {
      heading: 'Help for bereaved relatives',
      body: [
        'Slachtofferhulp Nederland supports you if you have lost someone through a crime, an accident, a disaster or suicide.',
        'Our professionals help you for free, also with practical and legal questions.',
        'Together we look at what help suits you.',
      ],
      cta: 'Ask for help',
    },
  },
  'left-behind': {
    nl: {
      heading: 'Hulp als iemand vermist wordt',
      body: [
        'Als iemand vermist wordt, leeft u in grote onzekerheid.',
        'Onze professionals helpen u gratis, met steun en met praktische zaken.',
        'Samen kijken we welke hulp bij u past.',
      ],
      cta: 'Vraag hulp aan',
    },
    en: {
      heading: 'Help when someone is missing',
      body: [
        'When someone is missing, you live with great uncertainty.',
        'Our professionals help you for free, with support and with practical matters.',
        'Together we look at what help suits you.',
      ],
      cta: 'Ask for help',
    },
  },
  vulnerable: {
    nl: {
      heading: 'Extra aandacht voor kwetsbare inwoners',
      body: [
        'Slachtofferhulp Nederland geeft extra aandacht aan inwoners die kwetsbaar zijn.',
        'De hulp is gratis en komt van professionals.',
        'Samen kijken we wat u nodig heeft en wie u daarbij kan helpen.',
      ],
      cta: 'Vraag hulp aan',
    },
    en: {
      heading: 'Extra attention for vulnerable residents',
      body: [
        'Slachtofferhulp Nederland gives extra attention to residents who are vulnerable.',
        'The help is free and comes from professionals.',
        'Together we look at what you need and who can help you with it.',
      ],
      cta: 'Ask for help',
    },
  },
  professional: {
    nl: {
      heading: 'Voor professionals',
      body: [
        'Het platform Voor Professionals geeft praktische hulp, kennis en advies om een slachtoffer te herkennen en te helpen.',
        'Verwijs slachtoffers door naar Slachtofferhulp Nederland, want de hulp is gratis en op maat.',
      ],
      cta: 'Naar Voor Professionals',
    },
    en: {
      heading: 'For professionals',
      body: [
        'The Voor Professionals platform gives practical help, knowledge and advice to recognise and help a victim.',
        'Refer victims to Slachtofferhulp Nederland, because the help is free and made to measure.',
      ],
      cta: 'Go to Voor Professionals',
    },
  },
  helper: {
    nl: {
      heading: 'Voor helpers',
      body: [
        'Steunt u iemand die slachtoffer is geworden?',
        'Het platform Voor de Helpers geeft u tips en informatie bij die rol.',
        'Het slachtoffer kan zelf ook gratis professionele hulp krijgen van Slachtofferhulp Nederland.',
      ],
      cta: 'Naar Voor de Helpers',
    },
    en: {
      heading: 'For helpers',
      body: [
        'Are you supporting someone who has become a victim?',
        'The Voor de Helpers platform gives you tips and information for that role.',
        'The victim can also get free professional help from Slachtofferhulp Nederland.',
      ],
      cta: 'Go to Voor de Helpers',
    },
  },
  municipality: {
    nl: {
      heading: 'Voor gemeenten',
      body: [
        'Slachtofferhulp Nederland is 24/7 bereikbaar voor uw gemeente bij ingrijpende gebeurtenissen.',
        'Wij denken mee, geven advies en bieden uw inwoners gratis professionele hulp op maat.',
      ],
      cta: 'Naar de pagina voor gemeenten',
    },
    en: {
      heading: 'For municipalities',
      body: [
        'Slachtofferhulp Nederland can be reached 24/7 by your municipality after major events.',
        'We help you think things through, give advice and offer your residents free professional help made to measure.',
      ],
      cta: 'Go to the page for municipalities',
    },
  },
};
