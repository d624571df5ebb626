import type { SituationId } from './ids.js';

/** What a situation is called and the sentence about it, in one language. */
export interface SituationWord {
  readonly label: string;
  readonly description: string;
}

/**
 * Every situation's words in one language (situations-nl.ts, situations-en.ts). A missing situation is a
 * type error. Apart per language so that a situation list loads English only on a page that shows it.
 */
export type SituationWords = Readonly<Record<SituationId, SituationWord>>;
