import type { OnDemandCode } from '../base/on-demand.js';

/** The situations' questions in both languages (situation-questions.ts). */
export type SituationQuestions = (typeof import('./situation-questions.js'))['SITUATION_QUESTIONS'];

/** Loaded the first time a card with a `situation` is on the page; one load for all cards. */
export const SITUATION_QUESTIONS_CODE: OnDemandCode<SituationQuestions> = {
  load: () => import('./situation-questions.js').then((module) => module.SITUATION_QUESTIONS),
  attribute: 'situation',
  fallback: "showing the audience's heading",
};
