import { deepFreeze } from './freeze.js';
import { MUNICIPAL_SUPPORT, type MunicipalSupport } from './municipal-support.js';
import type { Localized } from './types.js';

export type { MunicipalSupport };

/** What the factsheet says about the organisation; see {@link ORGANISATION}. */
export interface Organisation {
  readonly name: 'Slachtofferhulp Nederland';
  readonly englishName: string;
  readonly tagline: Localized;
  readonly promises: readonly Localized[];
  readonly headings: Readonly<Record<'audiences' | 'situations' | 'crisisSupport', Localized>>;
  readonly crisisSupport: readonly Localized[];
  readonly municipalSupport: MunicipalSupport;
  readonly forVictims: Localized;
  readonly forHelpers: Localized;
  readonly forProfessionals: Localized;
  readonly contact: Localized;
}

/**
 * Everything the factsheet says about the organisation itself. English texts keep the Dutch name
 * "Slachtofferhulp Nederland": it is what residents hear on the phone and see on the website.
 */
export const ORGANISATION: Organisation = /* @__PURE__ */ deepFreeze({
  name: 'Slachtofferhulp Nederland',
  /** Descriptive English name, for a screen reader label or a first mention in English. */
  englishName: 'Victim Support Netherlands',
  /** The factsheet's title. */
  tagline: {
    nl: 'Dit doet Slachtofferhulp Nederland voor uw gemeente en haar inwoners',
    en: 'What Slachtofferhulp Nederland does for your municipality and its residents',
  },
  /** The factsheet's three opening bullets. */
  promises: [
    {
      nl: '24/7 paraat om uw gemeente en inwoners te ondersteunen bij onverwachte ingrijpende gebeurtenissen.',
      en: 'Ready 24/7 to support your municipality and residents after sudden, major events.',
    },
    { nl: 'Altijd gratis en toegankelijke professionele hulp.', en: 'Professional help that is always free and easy to access.' },
    { nl: 'Maatwerk.', en: 'Help made to measure.' },
  ],
  /** Headings of the factsheet's lists, for elements that show them. */
  headings: {
    audiences: { nl: 'Voor wie', en: 'Who we help' },
    situations: { nl: 'In welke situaties', en: 'In which situations' },
    crisisSupport: {
      nl: 'Bij ramp, crisis of andere onverwachte ingrijpende gebeurtenissen',
      en: 'In a disaster, a crisis or another sudden, major event',
    },
  },
  /** The "Bij ramp, crisis of andere onverwachte ingrijpende gebeurtenissen" bullets. */
  crisisSupport: [
    {
      nl: 'Direct verbinding en samenwerking met uw gemeente en andere partners.',
      en: 'Direct contact and cooperation with your municipality and other partners.',
    },
    {
      nl: 'In verbinding met partners binnen uw Veiligheidsregio (onder andere politie en GGD).',
      en: 'In contact with partners within your safety region (Veiligheidsregio), such as the police and the GGD.',
    },
    {
      nl: 'Meedenken en adviseren waar uw gemeente rekening mee moet houden.',
      en: 'Thinking along and advising on what your municipality needs to take into account.',
    },
    { nl: 'Acute opvang voor slachtoffers en groepsopvang.', en: 'Immediate shelter for victims, also in groups.' },
    {
      nl: 'Praktische ondersteuning: advies, informatie en tips.',
      en: 'Practical support: advice, information and tips.',
    },
    {
      nl: 'Nazorg voor slachtoffers: emotionele, praktische en juridische ondersteuning.',
      en: 'Aftercare for victims: emotional, practical and legal support.',
    },
  ],
  /** The "Voor gemeenten" block (municipal-support.ts). */
  municipalSupport: MUNICIPAL_SUPPORT,
  /** The "Voor slachtoffers" block. */
  forVictims: {
    nl: 'Slachtoffers, oog- of oorgetuigen en nabestaanden kunnen 24/7 contact opnemen met Slachtofferhulp Nederland.',
    en: 'Victims, eyewitnesses or earwitnesses and bereaved relatives can contact Slachtofferhulp Nederland 24/7.',
  },
  /** The "Voor helpers" block (the link is `resolveUrl('helpers')`). */
  forHelpers: {
    nl: 'Het platform Voor de Helpers helpt de mensen in de omgeving van het slachtoffer in hun ondersteunende rol.',
    en: 'The Voor de Helpers platform helps the people around a victim in their supporting role.',
  },
  /** The "Voor professionals" block (the link is `resolveUrl('professionals')`). */
  forProfessionals: {
    nl: 'Het platform Voor Professionals biedt praktische hulp, kennis en advies om een slachtoffer te herkennen en te helpen.',
    en: 'The Voor Professionals platform offers practical help, knowledge and advice to recognise and help a victim.',
  },
  /** The factsheet's closing line. */
  contact: {
    nl: 'Neem contact op: kijk op www.slachtofferhulp.nl of bel 0900-0101.',
    en: 'Get in touch: visit www.slachtofferhulp.nl or call 0900-0101.',
  },
});
