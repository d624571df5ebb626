// Apart from SITUATIONS because only the referral card shows these: a page with only the situation list
// does not download them.
import { deepFreeze } from './freeze.js';
import { SITUATION_IDS, type SituationId } from './ids.js';
import { SITUATION_QUESTIONS_EN } from './situation-questions-en.js';
import { SITUATION_QUESTIONS_NL } from './situation-questions-nl.js';
import type { Localized } from './types.js';

/**
 * A short question that opens a referral card for each situation, worded for everyone the
 * situation concerns (so not "Victim of ..." where witnesses and relatives read it too). Joined from the
 * questions per language (situation-questions-nl.ts, -en.ts), which the card loads apart.
 */
export const SITUATION_QUESTIONS: Readonly<Record<SituationId, Localized>> = /* @__PURE__ */ deepFreeze(
  Object.fromEntries(SITUATION_IDS.map((id) => [id, { nl: SITUATION_QUESTIONS_NL[id], en: SITUATION_QUESTIONS_EN[id] }])) as Record<
    SituationId,
    Localized
  >,
);
