import { SITUATION_IDS, type AudienceId } from './ids.js';
import { SITUATIONS, type Situation } from './situations.js';

/** The situations that concern an audience, in factsheet order. */
export function situationsForAudience(audience: AudienceId): readonly Situation[] {
  return SITUATION_IDS.map((id) => SITUATIONS[id]).filter((s) => s.audiences.includes(audience));
}
