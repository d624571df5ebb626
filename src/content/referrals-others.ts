import type { Locale } from './types.js';
import type { OtherAudienceId, ReferralWords } from './referral-words.js';

/**
 * What the referral card says to helpers, professionals and municipalities, in both languages. Apart from
 * the residents' texts because few pages show these cards: the card loads them on demand.
 */
export const OTHER_REFERRALS: Readonly<Record<OtherAudienceId, Readonly<Record<Locale, ReferralWords>>>> = {
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
