// Every element's English in one module, loaded on demand (ENGLISH_TEXTS_CODE in english.ts) the first time a
// page shows an element in English: a Dutch page never downloads it. One module rather than one per element,
// so the CDN build makes one `texts-en` chunk and a page in English loads it once for all its elements.
import { SITUATION_WORDS_EN } from '../content/situations-en.js';
import type { ContactStatusStrings } from '../contact-status/contact-status.strings.js';
import { CONTACT_STATUS_STRINGS_EN } from '../contact-status/contact-status.strings-en.js';
import type { CardTexts } from '../referral-card/card-texts.js';
import { ENGLISH_CARD_TEXTS } from '../referral-card/card-texts-en.js';
import type { ListTexts } from '../situation-list/list-texts.js';
import { SITUATION_LIST_STRINGS_EN } from '../situation-list/situation-list.strings-en.js';

/** What each element shows where its language is English. */
export interface EnglishTexts {
  readonly list: ListTexts;
  readonly card: CardTexts;
  /** The status's own words; what only a status that shows hours says travels with that code (hours-text.ts). */
  readonly status: ContactStatusStrings;
}

export const ENGLISH_TEXTS: EnglishTexts = {
  list: { words: SITUATION_WORDS_EN, strings: SITUATION_LIST_STRINGS_EN },
  card: ENGLISH_CARD_TEXTS,
  status: CONTACT_STATUS_STRINGS_EN,
};
