import type { SituationWords } from '../content/situation-words.js';
import type { SituationListStrings } from './situation-list.strings.js';

/** Everything a list shows in one language: the situations' words and its own strings. */
export interface ListTexts {
  readonly words: SituationWords;
  readonly strings: SituationListStrings;
}
