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
  /** Who this situation concerns, in {@link AUDIENCE_IDS} order. */
  readonly audiences: readonly AudienceId[];
  /** Search words a resident would type, lower case. */
  readonly keywords: Localized<readonly string[]>;
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
    keywords: {
      nl: ['geweld', 'geweldsdelict', 'mishandeling', 'mishandeld', 'geslagen', 'aangevallen', 'vechtpartij', 'steekpartij', 'uitgaansgeweld', 'huiselijk geweld', 'doodslag', 'moord'],
      en: ['violence', 'violent crime', 'assault', 'assaulted', 'attacked', 'beaten', 'stabbing', 'domestic violence', 'manslaughter', 'murder'],
    },
  },
  'sexual-offences': {
    label: { nl: 'Zedenzaken', en: 'Sexual offences' },
    description: {
      nl: 'Wij helpen u als u te maken heeft gehad met seksueel geweld of een ander zedenmisdrijf.',
      en: 'We help you if you have experienced sexual violence or another sexual offence.',
    },
    audiences: ['victim', 'witness', 'vulnerable', 'helper'],
    keywords: {
      nl: ['zedenzaak', 'zedenmisdrijf', 'zedendelict', 'seksueel geweld', 'seksueel misbruik', 'misbruik', 'verkrachting', 'verkracht', 'aanranding', 'aangerand', 'wraakporno', 'sextortion'],
      en: ['sexual offence', 'sexual violence', 'sexual assault', 'sexual abuse', 'abuse', 'rape', 'raped', 'indecent assault', 'revenge porn', 'sextortion'],
    },
  },
  'stalking-threats': {
    label: { nl: 'Stalking/bedreiging', en: 'Stalking/threats' },
    description: {
      nl: 'Wij helpen u als iemand u lastigvalt, achtervolgt of bedreigt.',
      en: 'We help you if someone harasses, follows or threatens you.',
    },
    audiences: ['victim', 'vulnerable', 'helper'],
    keywords: {
      nl: ['stalking', 'stalker', 'gestalkt', 'bedreiging', 'bedreigd', 'dreigement', 'lastiggevallen', 'achtervolgd', 'belaagd', 'intimidatie'],
      en: ['stalking', 'stalker', 'stalked', 'threat', 'threats', 'threatened', 'harassment', 'harassed', 'followed', 'intimidation'],
    },
  },
  fraud: {
    label: { nl: 'Oplichting/onlinefraude', en: 'Fraud/online fraud' },
    description: {
      nl: 'Wij helpen u als iemand u heeft opgelicht, aan de deur, op straat of online.',
      en: 'We help you if someone has scammed you, at your door, in the street or online.',
    },
    audiences: ['victim', 'vulnerable', 'helper'],
    keywords: {
      nl: ['oplichting', 'opgelicht', 'oplichter', 'fraude', 'online fraude', 'onlinefraude', 'internetfraude', 'phishing', 'whatsapp-fraude', 'whatsappfraude', 'vriend-in-noodfraude', 'bankhelpdeskfraude', 'datingfraude', 'identiteitsfraude', 'nepwebwinkel'],
      en: ['fraud', 'online fraud', 'scam', 'scammed', 'scammer', 'phishing', 'whatsapp scam', 'whatsapp fraud', 'bank helpdesk fraud', 'romance scam', 'identity fraud', 'fake web shop'],
    },
  },
  burglary: {
    label: { nl: 'Woninginbraken', en: 'Burglary' },
    description: {
      nl: 'Wij helpen u als er bij u thuis is ingebroken.',
      en: 'We help you if someone has broken into your home.',
    },
    audiences: ['victim', 'vulnerable', 'helper', 'municipality'],
    keywords: {
      nl: ['inbraak', 'woninginbraak', 'ingebroken', 'inbreker', 'inbrekers', 'diefstal', 'bestolen'],
      en: ['burglary', 'break-in', 'burgled', 'burglar', 'theft'],
    },
  },
  'workplace-accidents': {
    label: { nl: 'Bedrijfsongevallen', en: 'Workplace accidents' },
    description: {
      nl: 'Wij helpen u als u of een collega een ernstig ongeluk heeft gehad op het werk.',
      en: 'We help you if you or a colleague had a serious accident at work.',
    },
    audiences: ['victim', 'witness', 'bereaved', 'professional', 'helper'],
    keywords: {
      nl: ['bedrijfsongeval', 'arbeidsongeval', 'ongeval op het werk', 'ongeluk op het werk', 'werkongeval', 'ongeluk', 'ongeval'],
      en: ['workplace accident', 'accident at work', 'work accident', 'industrial accident', 'accident'],
    },
  },
  'missing-persons': {
    label: { nl: 'Vermissing', en: 'Missing persons' },
    description: {
      nl: 'Wij helpen u als iemand uit uw familie of omgeving vermist wordt.',
      en: 'We help you if a family member or someone close to you is missing.',
    },
    audiences: ['left-behind', 'helper'],
    keywords: {
      nl: ['vermissing', 'vermist', 'vermiste', 'vermist persoon', 'vermiste persoon', 'verdwenen', 'weggelopen', 'spoorloos', 'achterblijvers'],
      en: ['missing person', 'missing', 'disappeared', 'disappearance', 'run away', 'families of missing persons'],
    },
  },
  'traffic-accidents': {
    label: { nl: 'Verkeersongevallen met letsel of dodelijke afloop', en: 'Road accidents with injury or death' },
    description: {
      nl: 'Wij helpen u na een verkeersongeluk waarbij iemand gewond raakte of overleed.',
      en: 'We help you after a road accident in which someone was hurt or died.',
    },
    audiences: ['victim', 'witness', 'bereaved', 'helper'],
    keywords: {
      nl: ['verkeersongeval', 'verkeersongeluk', 'ongeluk', 'ongeval', 'aanrijding', 'aangereden', 'auto-ongeluk', 'doodgereden', 'verkeersslachtoffer', 'letsel'],
      en: ['road accident', 'traffic accident', 'car accident', 'car crash', 'crash', 'collision', 'accident', 'hit by a car', 'injury'],
    },
  },
  suicide: {
    label: { nl: 'Zelfdoding', en: 'Suicide' },
    description: {
      nl: 'Wij helpen u als u iemand heeft verloren door zelfdoding of een zelfdoding heeft meegemaakt.',
      en: 'We help you if you have lost someone to suicide or have witnessed a suicide.',
    },
    audiences: ['witness', 'bereaved', 'professional', 'helper'],
    keywords: {
      nl: ['zelfdoding', 'zelfmoord', 'suïcide', 'suicide', 'treinsuïcide'],
      en: ['suicide', 'lost someone to suicide', 'took their own life', 'bereaved by suicide'],
    },
  },
  'disaster-crisis': {
    label: { nl: 'Ramp/crisis', en: 'Disaster/crisis' },
    description: {
      nl: 'Wij helpen u tijdens en na een ramp, een crisis of een andere ingrijpende gebeurtenis.',
      en: 'We help you during and after a disaster, a crisis or another major event.',
    },
    audiences: ['victim', 'witness', 'bereaved', 'left-behind', 'professional', 'helper', 'municipality'],
    keywords: {
      nl: ['ramp', 'crisis', 'calamiteit', 'incident', 'aanslag', 'brand', 'explosie', 'overstroming', 'schietpartij', 'ingrijpende gebeurtenis'],
      en: ['disaster', 'crisis', 'emergency', 'major incident', 'attack', 'terrorist attack', 'fire', 'explosion', 'flood', 'shooting'],
    },
  },
  'body-discovery': {
    label: { nl: 'Lijkvinding', en: 'Finding a body' },
    description: {
      nl: 'Wij helpen u als u iemand heeft gevonden die overleden is.',
      en: 'We help you if you have found someone who has died.',
    },
    audiences: ['witness', 'professional', 'helper'],
    keywords: {
      nl: ['lijkvinding', 'dode gevonden', 'lijk gevonden', 'lichaam gevonden', 'overledene gevonden', 'dood gevonden', 'stoffelijk overschot'],
      en: ['body found', 'found a body', 'found a dead body', 'found someone dead', 'discovery of a body'],
    },
  },
  robbery: {
    label: { nl: 'Overvallen', en: 'Robbery' },
    description: {
      nl: 'Wij helpen u als u bent overvallen, thuis, op straat of op uw werk.',
      en: 'We help you if you have been robbed, at home, in the street or at work.',
    },
    audiences: ['victim', 'witness', 'helper', 'municipality'],
    keywords: {
      nl: ['overval', 'overvallen', 'gewapende overval', 'woningoverval', 'winkeloverval', 'straatroof', 'beroofd', 'beroving'],
      en: ['robbery', 'robbed', 'armed robbery', 'hold-up', 'home invasion', 'mugging', 'mugged'],
    },
  },
  'peer-support': {
    label: { nl: 'Lotgenotencontact', en: 'Peer support' },
    description: {
      nl: 'Wij brengen u in contact met mensen die hetzelfde hebben meegemaakt als u.',
      en: 'We put you in touch with people who have been through the same as you.',
    },
    audiences: ['victim', 'bereaved', 'left-behind', 'helper', 'municipality'],
    keywords: {
      nl: ['lotgenotencontact', 'lotgenoten', 'lotgenoot', 'lotgenotengroep', 'ervaringen delen', 'praten met lotgenoten'],
      en: ['peer support', 'support group', 'peers', 'sharing experiences', 'people who went through the same'],
    },
  },
  'transgressive-behaviour': {
    label: { nl: 'Grensoverschrijdend gedrag', en: 'Transgressive behaviour' },
    description: {
      nl: 'Wij helpen u als iemand over uw grenzen is gegaan, bijvoorbeeld op uw werk of bij uw sportclub.',
      en: 'We help you if someone has crossed your boundaries, for example at work or at your sports club.',
    },
    audiences: ['victim', 'witness', 'vulnerable', 'professional', 'helper'],
    keywords: {
      nl: ['grensoverschrijdend gedrag', 'ongewenst gedrag', 'seksuele intimidatie', 'intimidatie', 'machtsmisbruik', 'pesten', 'gepest', 'over mijn grens'],
      en: ['transgressive behaviour', 'inappropriate behaviour', 'unwanted behaviour', 'sexual harassment', 'harassment', 'abuse of power', 'bullying', 'crossed my boundaries'],
    },
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
export const SITUATIONS: Readonly<Record<SituationId, Situation>> = deepFreeze(
  Object.fromEntries(SITUATION_IDS.map((id) => [id, withLinks(id, TEXTS[id])])) as Record<SituationId, Situation>,
);

/**
 * A short question that opens a referral card for each situation, worded for everyone the
 * situation concerns (so not "Victim of ..." where witnesses and relatives read it too).
 */
export const SITUATION_QUESTIONS: Readonly<Record<SituationId, Localized>> = deepFreeze({
  violence: { nl: 'Te maken gehad met geweld?', en: 'Affected by violence?' },
  'sexual-offences': { nl: 'Te maken gehad met seksueel geweld?', en: 'Affected by sexual violence?' },
  'stalking-threats': { nl: 'Wordt u gestalkt of bedreigd?', en: 'Are you being stalked or threatened?' },
  fraud: { nl: 'Slachtoffer van oplichting?', en: 'Victim of fraud?' },
  burglary: { nl: 'Is er bij u ingebroken?', en: 'Has your home been burgled?' },
  'workplace-accidents': { nl: 'Een ernstig ongeluk op het werk?', en: 'A serious accident at work?' },
  'missing-persons': { nl: 'Wordt iemand vermist?', en: 'Is someone missing?' },
  'traffic-accidents': { nl: 'Betrokken bij een verkeersongeluk?', en: 'Involved in a road accident?' },
  suicide: { nl: 'Iemand verloren door zelfdoding?', en: 'Lost someone to suicide?' },
  'disaster-crisis': { nl: 'Getroffen door een ramp of crisis?', en: 'Affected by a disaster or crisis?' },
  'body-discovery': { nl: 'Heeft u iemand gevonden die overleden is?', en: 'Have you found someone who has died?' },
  robbery: { nl: 'Bent u overvallen?', en: 'Have you been robbed?' },
  'peer-support': { nl: 'Praten met lotgenoten?', en: 'Want to talk to people who went through the same?' },
  'transgressive-behaviour': { nl: 'Is iemand over uw grenzen gegaan?', en: 'Has someone crossed your boundaries?' },
});
