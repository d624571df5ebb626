import type { AudienceId } from '../content/ids.js';
import { statusNeeds, type StatusNeed } from '../contact-status/needs.js';
import { cardStatus } from './card-content.js';

/**
 * What a card with these settings loads on demand: what the status it nests needs (see cardStatus and
 * statusNeeds). The one rule for the element and the embed configurator. DOM-free.
 */
export function cardNeeds({ audience = 'victim', publicLine }: { audience?: string; publicLine?: string }): StatusNeed[] {
  const nested = cardStatus(audience as AudienceId, publicLine === 'office-hours' ? 'office-hours' : 'always');
  return nested ? statusNeeds({ audience: nested, publicLine }) : [];
}
