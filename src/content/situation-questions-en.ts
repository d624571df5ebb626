import type { SituationId } from './ids.js';

/** The situations' card questions in English, translated from situation-questions-nl.ts; loaded only where English shows. */
export const SITUATION_QUESTIONS_EN: Readonly<Record<SituationId, string>> = {
  violence: 'Affected by violence?',
  'sexual-offences': 'Affected by sexual violence?',
  'stalking-threats': 'Are you being stalked or threatened?',
  fraud: 'Victim of fraud?',
  burglary: 'Has your home been burgled?',
  'workplace-accidents': 'A serious accident at work?',
  'missing-persons': 'Is someone missing?',
  'traffic-accidents': 'Involved in a road accident?',
  suicide: 'Lost someone to suicide?',
  'disaster-crisis': 'Affected by a disaster or crisis?',
  'body-discovery': 'Have you found someone who has died?',
  robbery: 'Have you been robbed?',
  'peer-support': 'Want to talk to people who went through the same?',
  'transgressive-behaviour': 'Has someone crossed your boundaries?',
};
