// Apart from SITUATIONS because only the referral card shows these: a page with only the situation list
// does not download them.
import { deepFreeze } from './freeze.js';
import type { SituationId } from './ids.js';
import type { Localized } from './types.js';

/**
 * A short question that opens a referral card for each situation, worded for everyone the
 * situation concerns (so not "Victim of ..." where witnesses and relatives read it too).
 */
export const SITUATION_QUESTIONS: Readonly<Record<SituationId, Localized>> = /* @__PURE__ */ deepFreeze({
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
