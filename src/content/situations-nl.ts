import type { SituationWords } from './situation-words.js';

/**
 * The situations in Dutch: the factsheet's own wording as the label, and one plain (B1) sentence that
 * speaks to the reader with "u". Every page with a situation list loads these; English is in
 * situations-en.ts, which a list loads only when it shows English.
 */
export const SITUATION_WORDS_NL: SituationWords = {
  violence: {
    label: 'Geweldsdelicten',
    description: 'Wij helpen u als iemand u heeft aangevallen, geslagen of mishandeld.',
  },
  'sexual-offences': {
    label: 'Zedenzaken',
    description: 'Wij helpen u als u te maken heeft gehad met seksueel geweld of een ander zedenmisdrijf.',
  },
  'stalking-threats': {
    label: 'Stalking/bedreiging',
    description: 'Wij helpen u als iemand u lastigvalt, achtervolgt of bedreigt.',
  },
  fraud: {
    label: 'Oplichting/onlinefraude',
    description: 'Wij helpen u als iemand u heeft opgelicht, aan de deur, op straat of online.',
  },
  burglary: {
    label: 'Woninginbraken',
    description: 'Wij helpen u als er bij u thuis is ingebroken.',
  },
  'workplace-accidents': {
    label: 'Bedrijfsongevallen',
    description: 'Wij helpen u als u of een collega een ernstig ongeluk heeft gehad op het werk.',
  },
  'missing-persons': {
    label: 'Vermissing',
    description: 'Wij helpen u als iemand uit uw familie of omgeving vermist wordt.',
  },
  'traffic-accidents': {
    label: 'Verkeersongevallen met letsel of dodelijke afloop',
    description: 'Wij helpen u na een verkeersongeluk waarbij iemand gewond raakte of overleed.',
  },
  suicide: {
    label: 'Zelfdoding',
    description: 'Wij helpen u als u iemand heeft verloren door zelfdoding of een zelfdoding heeft meegemaakt.',
  },
  'disaster-crisis': {
    label: 'Ramp/crisis',
    description: 'Wij helpen u tijdens en na een ramp, een crisis of een andere ingrijpende gebeurtenis.',
  },
  'body-discovery': {
    label: 'Lijkvinding',
    description: 'Wij helpen u als u iemand heeft gevonden die overleden is.',
  },
  robbery: {
    label: 'Overvallen',
    description: 'Wij helpen u als u bent overvallen, thuis, op straat of op uw werk.',
  },
  'peer-support': {
    label: 'Lotgenotencontact',
    description: 'Wij brengen u in contact met mensen die hetzelfde hebben meegemaakt als u.',
  },
  'transgressive-behaviour': {
    label: 'Grensoverschrijdend gedrag',
    description: 'Wij helpen u als iemand over uw grenzen is gegaan, bijvoorbeeld op uw werk of bij uw sportclub.',
  },
};
