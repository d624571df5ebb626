import { deepFreeze } from './freeze.js';
import type { DomainId } from './ids.js';
import type { Localized } from './types.js';

/**
 * One bullet of a domain. It is a `Localized` text itself, so it can be shown as one; a bullet with
 * sub-bullets (the crisis information centre) carries them in `items`.
 */
export interface DomainService extends Localized {
  readonly items?: readonly Localized[];
}

/** One of the three municipal domains Slachtofferhulp Nederland works in. */
export interface MunicipalDomain {
  readonly id: DomainId;
  readonly label: Localized;
  /** A line above the bullets, where the factsheet has one. */
  readonly intro?: Localized;
  /** Every bullet the factsheet lists for this domain, in its order. */
  readonly services: readonly DomainService[];
}

/** The factsheet's heading above the domains. */
export const DOMAINS_HEADING: Localized = /* @__PURE__ */ deepFreeze({
  nl: 'Samenwerking binnen 3 gemeentelijke domeinen',
  en: 'Working together in 3 municipal domains',
});

/** The municipal domains, keyed by id, in factsheet order. Texts follow the factsheet closely. */
export const DOMAINS: Readonly<Record<DomainId, MunicipalDomain>> = /* @__PURE__ */ deepFreeze({
  social: {
    id: 'social',
    label: { nl: 'Sociaal domein', en: 'Social domain' },
    services: [
      {
        nl: 'Herkenbaar en zichtbaar binnen de gehele veiligheids- en zorgketen.',
        en: 'Recognisable and visible throughout the whole safety and care chain.',
      },
      {
        nl: 'Hulp bij preventie, vroege signalering en partijen verbinden.',
        en: 'Help with prevention, early detection and connecting partners.',
      },
      {
        nl: 'Voor kwetsbare inwoners: beoordelen en beschermen.',
        en: 'For vulnerable residents: assessing and protecting.',
      },
      {
        nl: 'Zorgkosten en verdere maatschappelijke schade voorkomen.',
        en: 'Preventing care costs and further harm to society.',
      },
    ],
  },
  'social-safety': {
    id: 'social-safety',
    label: { nl: 'Sociale veiligheid', en: 'Social safety' },
    intro: { nl: 'Nazorg bij High Impact Crimes:', en: 'Aftercare after High Impact Crimes:' },
    services: [
      { nl: 'Ondersteuning bij emotionele verwerking.', en: 'Support in coming to terms with what happened.' },
      {
        // The factsheet prints "mediaton"; that is a typo for "mediation".
        nl: 'Herstelrechtelijke informatie (zoals mediation of slachtoffer-dadercontact).',
        en: 'Information on restorative justice (such as mediation or victim-offender contact).',
      },
      {
        nl: 'Juridische ondersteuning (zoals bijstaan op zitting en het opstellen van een slachtofferverklaring).',
        en: 'Legal support (such as support at the court hearing and writing a victim impact statement).',
      },
      { nl: 'Ondersteuning bij aanvraag van schadevergoeding.', en: 'Support in claiming compensation.' },
      {
        nl: 'Informatie en advies over preventiemaatregelen en nazorg.',
        en: 'Information and advice on preventive measures and aftercare.',
      },
    ],
  },
  crisis: {
    id: 'crisis',
    label: { nl: 'Rampenbestrijding en crisisbeheersing', en: 'Disaster response and crisis management' },
    services: [
      { nl: 'Acute opvang, zorg en nazorg.', en: 'Immediate shelter, care and aftercare.' },
      {
        nl: 'Vaste partner in het PSH-proces (psychosociale hulp) met de GGD GHOR.',
        en: 'Permanent partner in the PSH process (psychosocial help) with the GGD GHOR.',
      },
      {
        nl: 'Inhoudelijke adviseur op gebied van slachtofferschap en nazorg in het PSH-kernteam.',
        en: 'Expert adviser on victimhood and aftercare in the PSH core team.',
      },
      {
        nl: 'Binnen 24 uur (na opdracht) een online Informatie- en adviescentrum voor:',
        en: 'Within 24 hours (once commissioned) an online Information and advice centre for:',
        items: [
          { nl: 'Lotgenotencontact', en: 'Peer support' },
          { nl: '1-loketfunctie voor informatievoorziening', en: 'A single point of contact for information' },
          { nl: '1-loketfunctie voor dienstverlening', en: 'A single point of contact for services' },
        ],
      },
    ],
  },
});
