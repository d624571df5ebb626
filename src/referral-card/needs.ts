import { isAudienceId, isSituationId } from '../content/guards.js';
import { statusNeeds, type StatusNeed } from '../contact-status/needs.js';
import { toLocale } from '../core/locale.js';
import { cardStatus, isOtherAudience, RESIDENT_AUDIENCES } from './card-content.js';

/** Code a card loads on demand, by its group name in the CDN's integrity.json (`onDemand`). */
export type CardNeed = StatusNeed | 'other-audiences' | 'situation-questions' | 'texts-en';

/**
 * What a card with these settings loads on demand: the words of its audience unless that is victims (the
 * default); the situations' questions for a resident card with a known `situation`; the English
 * texts where its language (its nearest `lang`) is English; and what the
 * status it nests needs (see cardStatus and statusNeeds). An unknown audience is the victims' card, as the
 * element falls back to it. The one rule for the element and the embed configurator. DOM-free.
 */
export function cardNeeds({
  audience = 'victim',
  situation,
  publicLine,
  lang = '',
}: {
  audience?: string;
  situation?: string;
  publicLine?: string;
  lang?: string;
}): CardNeed[] {
  const checked = isAudienceId(audience) ? audience : 'victim';
  const needs: CardNeed[] = [];
  if (isOtherAudience(checked)) needs.push('other-audiences');
  if (isSituationId(situation) && RESIDENT_AUDIENCES.includes(checked)) needs.push('situation-questions');
  if (toLocale(lang) === 'en') needs.push('texts-en');
  const nested = cardStatus(checked, publicLine === 'office-hours' ? 'office-hours' : 'always');
  // The nested status reads the same `lang` (across the card's shadow root): one texts-en for both.
  return nested ? [...new Set([...needs, ...statusNeeds({ audience: nested, publicLine, lang })])] : needs;
}
