// The question that opens a card tailored to a situation, in both languages, and the situation's link: loaded on demand
// (SITUATION_QUESTIONS_CODE) by a card with a `situation`, so a page whose cards name none never downloads
// them. A chunk of its own in the CDN build (`situation-questions`).
import { SITUATION_QUESTIONS_EN } from '../content/situation-questions-en.js';
import { SITUATION_QUESTIONS_NL } from '../content/situation-questions-nl.js';
import { situationLink } from '../content/situation-link.js';

export const SITUATION_QUESTIONS = {
  nl: SITUATION_QUESTIONS_NL,
  en: SITUATION_QUESTIONS_EN,
  /** The situation's page, and whether it is verified (or the site's own): only then does the button go there. */
  link: situationLink,
} as const;
