import type { SituationId } from './ids.js';

/**
 * The question that opens a referral card for each situation, in Dutch, worded for everyone the situation
 * concerns (so not "Slachtoffer van ..." where witnesses and relatives read it too). Apart per language so
 * that a Dutch page never downloads the English (situation-questions-en.ts).
 */
export const SITUATION_QUESTIONS_NL: Readonly<Record<SituationId, string>> = {
  violence: 'Te maken gehad met geweld?',
  'sexual-offences': 'Te maken gehad met seksueel geweld?',
  'stalking-threats': 'Wordt u gestalkt of bedreigd?',
  fraud: 'Slachtoffer van oplichting?',
  burglary: 'Is er bij u ingebroken?',
  'workplace-accidents': 'Een ernstig ongeluk op het werk?',
  'missing-persons': 'Wordt iemand vermist?',
  'traffic-accidents': 'Betrokken bij een verkeersongeluk?',
  suicide: 'Iemand verloren door zelfdoding?',
  'disaster-crisis': 'Getroffen door een ramp of crisis?',
  'body-discovery': 'Heeft u iemand gevonden die overleden is?',
  robbery: 'Bent u overvallen?',
  'peer-support': 'Praten met lotgenoten?',
  'transgressive-behaviour': 'Is iemand over uw grenzen gegaan?',
};
