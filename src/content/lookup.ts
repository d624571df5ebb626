import type { AudienceId } from './ids.js';
import { situationIdsForAudience } from './situation-audiences.js';
import { SITUATIONS, type Situation } from './situations.js';

/** The situations that concern an audience, in factsheet order. */
export function situationsForAudience(audience: AudienceId): readonly Situation[] {
  return situationIdsForAudience(audience).map((id) => SITUATIONS[id]);
}
