import { deepFreeze } from './freeze.js';
import { resolveUrl } from './overrides.js';
import type { Localized } from './types.js';

/** The factsheet's "Voor gemeenten" block. */
export interface MunicipalSupport {
  readonly heading: Localized;
  /** "24/7 bereikbaar voor ondersteuning, informatie en advies bij ingrijpende gebeurtenissen". */
  readonly intro: Localized;
  /** During the professional line's hours: call and choose "Professional". */
  readonly officeHours: Localized;
  /** Outside those hours, emergencies only: the on-call service via the police control room (no number). */
  readonly afterHours: Localized;
  /** The page for municipalities; follows `setUrlOverrides`. */
  readonly url: string;
}

/**
 * The factsheet's "Voor gemeenten" block: a module of its own, so the referral card (which shows only its
 * after-hours sentence) does not carry the rest of ORGANISATION.
 */
export const MUNICIPAL_SUPPORT: MunicipalSupport = /* @__PURE__ */ deepFreeze({
  heading: { nl: 'Voor gemeenten', en: 'For municipalities' },
  intro: {
    nl: '24/7 bereikbaar voor ondersteuning, informatie en advies bij ingrijpende gebeurtenissen.',
    en: 'Available 24/7 for support, information and advice after major events.',
  },
  officeHours: {
    nl: 'Maandag tot en met vrijdag 08.00-20.00 uur en zaterdag 10.00-17.00 uur: bel 0900-0101 en kies in het keuzemenu voor de optie Professional.',
    en: 'Monday to Friday 08:00-20:00 and Saturday 10:00-17:00: call 0900-0101 and choose the Professional option in the phone menu.',
  },
  afterHours: {
    nl: 'Buiten deze uren en alleen bij spoed: neem contact op met onze piketdienst via de meldkamer van de politie; dit is alleen voor politie, GGD GHOR en gemeenten.',
    en: 'Outside these hours and only in an emergency: contact our on-call service through the police control room; this is only for the police, GGD GHOR and municipalities.',
  },
  get url() {
    return resolveUrl('municipalities');
  },
});
