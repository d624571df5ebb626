import { deepFreeze } from './freeze.js';
import type { SituationId } from './ids.js';
import type { Localized } from './types.js';

/**
 * Search words a resident would type for each situation, lower case, in every locale. Only search needs
 * them, so they live apart from {@link SITUATIONS}: a page that shows the list without a search box does
 * not download them (the situation list loads search on demand).
 */
export const SITUATION_KEYWORDS: Readonly<Record<SituationId, Localized<readonly string[]>>> = /* @__PURE__ */ deepFreeze({
  violence: {
    nl: ['geweld', 'geweldsdelict', 'mishandeling', 'mishandeld', 'geslagen', 'aangevallen', 'vechtpartij', 'steekpartij', 'uitgaansgeweld', 'huiselijk geweld', 'doodslag', 'moord'],
    en: ['violence', 'violent crime', 'assault', 'assaulted', 'attacked', 'beaten', 'stabbing', 'domestic violence', 'manslaughter', 'murder'],
  },
  'sexual-offences': {
    nl: ['zedenzaak', 'zedenmisdrijf', 'zedendelict', 'seksueel geweld', 'seksueel misbruik', 'misbruik', 'verkrachting', 'verkracht', 'aanranding', 'aangerand', 'wraakporno', 'sextortion'],
    en: ['sexual offence', 'sexual violence', 'sexual assault', 'sexual abuse', 'abuse', 'rape', 'raped', 'indecent assault', 'revenge porn', 'sextortion'],
  },
  'stalking-threats': {
    nl: ['stalking', 'stalker', 'gestalkt', 'bedreiging', 'bedreigd', 'dreigement', 'lastiggevallen', 'achtervolgd', 'belaagd', 'intimidatie'],
    en: ['stalking', 'stalker', 'stalked', 'threat', 'threats', 'threatened', 'harassment', 'harassed', 'followed', 'intimidation'],
  },
  fraud: {
    nl: ['oplichting', 'opgelicht', 'oplichter', 'fraude', 'online fraude', 'onlinefraude', 'internetfraude', 'phishing', 'whatsapp-fraude', 'whatsappfraude', 'vriend-in-noodfraude', 'bankhelpdeskfraude', 'datingfraude', 'identiteitsfraude', 'nepwebwinkel'],
    en: ['fraud', 'online fraud', 'scam', 'scammed', 'scammer', 'phishing', 'whatsapp scam', 'whatsapp fraud', 'bank helpdesk fraud', 'romance scam', 'identity fraud', 'fake web shop'],
  },
  burglary: {
    nl: ['inbraak', 'woninginbraak', 'ingebroken', 'inbreker', 'inbrekers', 'diefstal', 'bestolen'],
    en: ['burglary', 'break-in', 'burgled', 'burglar', 'theft'],
  },
  'workplace-accidents': {
    nl: ['bedrijfsongeval', 'arbeidsongeval', 'ongeval op het werk', 'ongeluk op het werk', 'werkongeval', 'ongeluk', 'ongeval'],
    en: ['workplace accident', 'accident at work', 'work accident', 'industrial accident', 'accident'],
  },
  'missing-persons': {
    nl: ['vermissing', 'vermist', 'vermiste', 'vermist persoon', 'vermiste persoon', 'verdwenen', 'weggelopen', 'spoorloos', 'achterblijvers'],
    en: ['missing person', 'missing', 'disappeared', 'disappearance', 'run away', 'families of missing persons'],
  },
  'traffic-accidents': {
    nl: ['verkeersongeval', 'verkeersongeluk', 'ongeluk', 'ongeval', 'aanrijding', 'aangereden', 'auto-ongeluk', 'doodgereden', 'verkeersslachtoffer', 'letsel'],
    en: ['road accident', 'traffic accident', 'car accident', 'car crash', 'crash', 'collision', 'accident', 'hit by a car', 'injury'],
  },
  suicide: {
    nl: ['zelfdoding', 'zelfmoord', 'suïcide', 'suicide', 'treinsuïcide'],
    en: ['suicide', 'lost someone to suicide', 'took their own life', 'bereaved by suicide'],
  },
  'disaster-crisis': {
    nl: ['ramp', 'crisis', 'calamiteit', 'incident', 'aanslag', 'brand', 'explosie', 'overstroming', 'schietpartij', 'ingrijpende gebeurtenis'],
    en: ['disaster', 'crisis', 'emergency', 'major incident', 'attack', 'terrorist attack', 'fire', 'explosion', 'flood', 'shooting'],
  },
  'body-discovery': {
    nl: ['lijkvinding', 'dode gevonden', 'lijk gevonden', 'lichaam gevonden', 'overledene gevonden', 'dood gevonden', 'stoffelijk overschot'],
    en: ['body found', 'found a body', 'found a dead body', 'found someone dead', 'discovery of a body'],
  },
  robbery: {
    nl: ['overval', 'overvallen', 'gewapende overval', 'woningoverval', 'winkeloverval', 'straatroof', 'beroofd', 'beroving'],
    en: ['robbery', 'robbed', 'armed robbery', 'hold-up', 'home invasion', 'mugging', 'mugged'],
  },
  'peer-support': {
    nl: ['lotgenotencontact', 'lotgenoten', 'lotgenoot', 'lotgenotengroep', 'ervaringen delen', 'praten met lotgenoten'],
    en: ['peer support', 'support group', 'peers', 'sharing experiences', 'people who went through the same'],
  },
  'transgressive-behaviour': {
    nl: ['grensoverschrijdend gedrag', 'ongewenst gedrag', 'seksuele intimidatie', 'intimidatie', 'machtsmisbruik', 'pesten', 'gepest', 'over mijn grens'],
    en: ['transgressive behaviour', 'inappropriate behaviour', 'unwanted behaviour', 'sexual harassment', 'harassment', 'abuse of power', 'bullying', 'crossed my boundaries'],
  },
});
