import type { OnDemandCode } from '../base/on-demand.js';
import type { EnglishTexts } from './texts-en.js';

export type { EnglishTexts };

/**
 * The elements' English (texts-en.ts), loaded the first time a page shows an element in English (its
 * nearest `lang` is any English tag), once for all elements. When it cannot be loaded the elements stay Dutch.
 */
export const ENGLISH_TEXTS_CODE: OnDemandCode<EnglishTexts> = {
  load: () => import('./texts-en.js').then((module) => module.ENGLISH_TEXTS),
  attribute: 'lang',
  fallback: 'showing Dutch',
};
