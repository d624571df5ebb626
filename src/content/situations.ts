import { deepFreeze } from './freeze.js';
import { SITUATION_IDS, type AudienceId, type SituationId } from './ids.js';
import { hasUrlOverride, resolveUrl } from './overrides.js';
import type { Localized } from './types.js';
import { SITUATION_URLS } from './urls.js';

/** One situation from the factsheet's "In welke situaties" list. */
export interface Situation {
  readonly id: SituationId;
  /** The factsheet's own Dutch wording, and its English translation. */
  readonly label: Localized;
  /** One plain (B1) sentence that speaks to the reader with "u" / "you". */
  readonly description: Localized;
  /** The link for this situation; follows `setUrlOverrides`. */
  readonly url: string;
  /**
   * True when `url` goes to a page about this situation: a path verified in FACTS.md, or a link the
   * embedding site configured. False when it falls back to the home page.
   */
  readonly urlVerified: boolean;
  /** Who this situation concerns, in {@link AUDIENCE_IDS} order. Search words: {@link SITUATION_KEYWORDS}. */
  readonly audiences: readonly AudienceId[];
}

type SituationText = Omit<Situation, 'id' | 'url' | 'urlVerified'>;

/*
 * Audiences per situation. The factsheet only lists who and what, not which goes with which, so:
 * - `helper` is in every situation: family, friends and colleagues can support any victim, and the
 *   platform "Voor de Helpers" is for all of them.
 * - `left-behind` ("achterblijvers") is Slachtofferhulp's word for the relatives of a missing person,
 *   so it goes with missing persons, disasters (people waiting for news) and peer support. Relatives
 *   after a suicide are "nabestaanden" (`bereaved`).
 * - `vulnerable`: crimes that often hit vulnerable residents harder (violence, sexual offences,
 *   stalking, fraud, burglary, transgressive behaviour).
 * - `professional`: situations professionals meet in their own work, as the person affected
 *   (workplace accident, finding a body, transgressive behaviour) or as a partner (disaster, suicide).
 *   Any professional can refer a victim in any situation; the referral card covers that.
 * - `municipality`: the High Impact Crimes of the "Sociale veiligheid" domain (violence, burglary,
 *   robbery), disasters, and peer support (part of the crisis information centre).
 */
const TEXTS: Record<SituationId, SituationText> = {
  violence: {
    label: { nl: 'Geweldsdelicten', en: 'Violent crime' },
    description: {
      nl: 'Wij helpen u als iemand u heeft aangevallen, geslagen of mishandeld.',
      en: 'We help you if someone has attacked, hit or hurt you.',
    },
    audiences: ['victim', 'witness', 'bereaved', 'vulnerable', 'helper', 'municipality'],
  },
  'sexual-offences': {
    label: { nl: 'Zedenzaken', en: 'Sexual offences' },
    description: {
      nl: 'Wij helpen u als u te maken heeft gehad met seksueel geweld of een ander zedenmisdrijf.',
      en: 'We help you if you have experienced sexual violence or another sexual offence.',
    },
    audiences: ['victim', 'witness', 'vulnerable', 'helper'],
  },
  'stalking-threats': {
    label: { nl: 'Stalking/bedreiging', en: 'Stalking/threats' },
    description: {
      nl: 'Wij helpen u als iemand u lastigvalt, achtervolgt of bedreigt.',
      en: 'We help you if someone harasses, follows or threatens you.',
    },
    audiences: ['victim', 'vulnerable', 'helper'],
  },
  fraud: {
    label: { nl: 'Oplichting/onlinefraude', en: 'Fraud/online fraud' },
    description: {
      nl: 'Wij helpen u als iemand u heeft opgelicht, aan de deur, op straat of online.',
      en: 'We help you if someone has scammed you, at your door, in the street or online.',
    },
    audiences: ['victim', 'vulnerable', 'helper'],
  },
  burglary: {
    label: { nl: 'Woninginbraken', en: 'Burglary' },
    description: {
      nl: 'Wij helpen u als er bij u thuis is ingebroken.',
      en: 'We help you if someone has broken into your home.',
    },
    audiences: ['victim', 'vulnerable', 'helper', 'municipality'],
  },
  'workplace-accidents': {
    label: { nl: 'Bedrijfsongevallen', en: 'Workplace accidents' },
    description: {
      nl: 'Wij helpen u als u of een collega een ernstig ongeluk heeft gehad op het werk.',
      en: 'We help you if you or a colleague had a serious accident at work.',
    },
    audiences: ['victim', 'witness', 'bereaved', 'professional', 'helper'],
  },
  'missing-persons': {
    label: { nl: 'Vermissing', en: 'Missing persons' },
    description: {
      nl: 'Wij helpen u als iemand uit uw familie of omgeving vermist wordt.',
      en: 'We help you if a family member or someone close to you is missing.',
    },
    audiences: ['left-behind', 'helper'],
  },
  'traffic-accidents': {
    label: { nl: 'Verkeersongevallen met letsel of dodelijke afloop', en: 'Road accidents with injury or death' },
    description: {
      nl: 'Wij helpen u na een verkeersongeluk waarbij iemand gewond raakte of overleed.',
      en: 'We help you after a road accident in which someone was hurt or died.',
    },
    audiences: ['victim', 'witness', 'bereaved', 'helper'],
  },
  suicide: {
    label: { nl: 'Zelfdoding', en: 'Suicide' },
    description: {
      nl: 'Wij helpen u als u iemand heeft verloren door zelfdoding of een zelfdoding heeft meegemaakt.',
      en: 'We help you if you have lost someone to suicide or have witnessed a suicide.',
    },
    audiences: ['witness', 'bereaved', 'professional', 'helper'],
  },
  'disaster-crisis': {
    label: { nl: 'Ramp/crisis', en: 'Disaster/crisis' },
    description: {
      nl: 'Wij helpen u tijdens en na een ramp, een crisis of een andere ingrijpende gebeurtenis.',
      en: 'We help you during and after a disaster, a crisis or another major event.',
    },
    audiences: ['victim', 'witness', 'bereaved', 'left-behind', 'professional', 'helper', 'municipality'],
  },
  'body-discovery': {
    label: { nl: 'Lijkvinding', en: 'Finding a body' },
    description: {
      nl: 'Wij helpen u als u iemand heeft gevonden die overleden is.',
      en: 'We help you if you have found someone who has died.',
    },
    audiences: ['witness', 'professional', 'helper'],
  },
  robbery: {
    label: { nl: 'Overvallen', en: 'Robbery' },
    description: {
      nl: 'Wij helpen u als u bent overvallen, thuis, op straat of op uw werk.',
      en: 'We help you if you have been robbed, at home, in the street or at work.',
    },
    audiences: ['victim', 'witness', 'helper', 'municipality'],
  },
  'peer-support': {
    label: { nl: 'Lotgenotencontact', en: 'Peer support' },
    description: {
      nl: 'Wij brengen u in contact met mensen die hetzelfde hebben meegemaakt als u.',
      en: 'We put you in touch with people who have been through the same as you.',
    },
    audiences: ['victim', 'bereaved', 'left-behind', 'helper', 'municipality'],
  },
  'transgressive-behaviour': {
    label: { nl: 'Grensoverschrijdend gedrag', en: 'Transgressive behaviour' },
    description: {
      nl: 'Wij helpen u als iemand over uw grenzen is gegaan, bijvoorbeeld op uw werk of bij uw sportclub.',
      en: 'We help you if someone has crossed your boundaries, for example at work or at your sports club.',
    },
    audiences: ['victim', 'witness', 'vulnerable', 'professional', 'helper'],
  },
};

function withLinks(id: SituationId, text: SituationText): Situation {
  const key = `situation:${id}` as const;
  return {
    id,
    ...text,
    // Getters, so every reader of SITUATIONS gets the site's override without calling resolveUrl.
    get url() {
      return resolveUrl(key);
    },
    get urlVerified() {
      return SITUATION_URLS[id].verified || hasUrlOverride(key);
    },
  };
}

/** All situations, keyed by id, in factsheet order. */
export const SITUATIONS: Readonly<Record<SituationId, Situation>> = /* @__PURE__ */ deepFreeze(
  Object.fromEntries(SITUATION_IDS.map((id) => [id, withLinks(id, TEXTS[id])])) as Record<SituationId, Situation>,
);
