import { deepFreeze } from './freeze.js';
import type { AudienceId } from './ids.js';
import { resolveUrl, type UrlKey } from './overrides.js';
import type { Localized } from './types.js';

/** The call to action of a referral card. */
export interface ReferralCta {
  readonly label: Localized;
  /** Which link the button uses. */
  readonly urlKey: UrlKey;
  /** The link itself; follows `setUrlOverrides`. */
  readonly url: string;
}

/** The text of a referral card for one audience. */
export interface Referral {
  readonly heading: Localized;
  /** Two or three plain sentences: what Slachtofferhulp does for this audience (free, professional, made to measure). */
  readonly body: readonly Localized[];
  readonly cta: ReferralCta;
}

function cta(label: Localized, urlKey: UrlKey): ReferralCta {
  return {
    label,
    urlKey,
    // A getter, so the card always shows the site's override.
    get url() {
      return resolveUrl(urlKey);
    },
  };
}

const ASK_FOR_HELP: Localized = { nl: 'Vraag hulp aan', en: 'Ask for help' };

/** Referral card texts per audience. */
export const REFERRALS: Readonly<Record<AudienceId, Referral>> = /* @__PURE__ */ deepFreeze({
  victim: {
    heading: { nl: 'Hulp voor slachtoffers', en: 'Help for victims' },
    body: [
      { nl: 'Slachtofferhulp Nederland helpt u na een misdrijf, een ongeluk of een ramp.', en: 'Slachtofferhulp Nederland helps you after a crime, an accident or a disaster.' },
      { nl: 'De hulp is gratis en komt van professionals.', en: 'The help is free and comes from professionals.' },
      { nl: 'Samen kijken we welke hulp bij u past.', en: 'Together we look at what help suits you.' },
    ],
    cta: cta(ASK_FOR_HELP, 'home'),
  },
  witness: {
    heading: { nl: 'Hulp voor getuigen', en: 'Help for witnesses' },
    body: [
      { nl: 'Iets ergs zien of horen kan veel met u doen.', en: 'Seeing or hearing something terrible can affect you deeply.' },
      { nl: 'Slachtofferhulp Nederland helpt ook getuigen, gratis en professioneel.', en: 'Slachtofferhulp Nederland also helps witnesses, for free and professionally.' },
      { nl: 'Samen kijken we welke hulp bij u past.', en: 'Together we look at what help suits you.' },
    ],
    cta: cta(ASK_FOR_HELP, 'home'),
  },
  bereaved: {
    heading: { nl: 'Hulp voor nabestaanden', en: 'Help for bereaved relatives' },
    body: [
      { nl: 'Slachtofferhulp Nederland steunt u als u iemand heeft verloren door een misdrijf, een ongeluk, een ramp of zelfdoding.', en: 'Slachtofferhulp Nederland supports you if you have lost someone through a crime, an accident, a disaster or suicide.' },
      { nl: 'Onze professionals helpen u gratis, ook met praktische en juridische vragen.', en: 'Our professionals help you for free, also with practical and legal questions.' },
      { nl: 'Samen kijken we welke hulp bij u past.', en: 'Together we look at what help suits you.' },
    ],
    cta: cta(ASK_FOR_HELP, 'home'),
  },
  'left-behind': {
    heading: { nl: 'Hulp als iemand vermist wordt', en: 'Help when someone is missing' },
    body: [
      { nl: 'Als iemand vermist wordt, leeft u in grote onzekerheid.', en: 'When someone is missing, you live with great uncertainty.' },
      { nl: 'Onze professionals helpen u gratis, met steun en met praktische zaken.', en: 'Our professionals help you for free, with support and with practical matters.' },
      { nl: 'Samen kijken we welke hulp bij u past.', en: 'Together we look at what help suits you.' },
    ],
    cta: cta(ASK_FOR_HELP, 'home'),
  },
  vulnerable: {
    heading: { nl: 'Extra aandacht voor kwetsbare inwoners', en: 'Extra attention for vulnerable residents' },
    body: [
      { nl: 'Slachtofferhulp Nederland geeft extra aandacht aan inwoners die kwetsbaar zijn.', en: 'Slachtofferhulp Nederland gives extra attention to residents who are vulnerable.' },
      { nl: 'De hulp is gratis en komt van professionals.', en: 'The help is free and comes from professionals.' },
      { nl: 'Samen kijken we wat u nodig heeft en wie u daarbij kan helpen.', en: 'Together we look at what you need and who can help you with it.' },
    ],
    cta: cta(ASK_FOR_HELP, 'home'),
  },
  professional: {
    heading: { nl: 'Voor professionals', en: 'For professionals' },
    body: [
      { nl: 'Het platform Voor Professionals geeft praktische hulp, kennis en advies om een slachtoffer te herkennen en te helpen.', en: 'The Voor Professionals platform gives practical help, knowledge and advice to recognise and help a victim.' },
      { nl: 'Verwijs slachtoffers door naar Slachtofferhulp Nederland, want de hulp is gratis en op maat.', en: 'Refer victims to Slachtofferhulp Nederland, because the help is free and made to measure.' },
    ],
    cta: cta({ nl: 'Naar Voor Professionals', en: 'Go to Voor Professionals' }, 'professionals'),
  },
  helper: {
    heading: { nl: 'Voor helpers', en: 'For helpers' },
    body: [
      { nl: 'Steunt u iemand die slachtoffer is geworden?', en: 'Are you supporting someone who has become a victim?' },
      { nl: 'Het platform Voor de Helpers geeft u tips en informatie bij die rol.', en: 'The Voor de Helpers platform gives you tips and information for that role.' },
      { nl: 'Het slachtoffer kan zelf ook gratis professionele hulp krijgen van Slachtofferhulp Nederland.', en: 'The victim can also get free professional help from Slachtofferhulp Nederland.' },
    ],
    cta: cta({ nl: 'Naar Voor de Helpers', en: 'Go to Voor de Helpers' }, 'helpers'),
  },
  municipality: {
    heading: { nl: 'Voor gemeenten', en: 'For municipalities' },
    body: [
      { nl: 'Slachtofferhulp Nederland is 24/7 bereikbaar voor uw gemeente bij ingrijpende gebeurtenissen.', en: 'Slachtofferhulp Nederland can be reached 24/7 by your municipality after major events.' },
      { nl: 'Wij denken mee, geven advies en bieden uw inwoners gratis professionele hulp op maat.', en: 'We help you think things through, give advice and offer your residents free professional help made to measure.' },
    ],
    cta: cta({ nl: 'Naar de pagina voor gemeenten', en: 'Go to the page for municipalities' }, 'municipalities'),
  },
});
