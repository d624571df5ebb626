import { isSituationId } from '../content/guards.js';
import { AUDIENCE_IDS, SITUATION_IDS, type SituationId } from '../content/ids.js';
import { situationIdsForAudience } from '../content/situation-audiences.js';
import { asText } from '../core/as-text.js';
import { knownValue, quote, warnBadInput } from '../core/warn.js';

/**
 * The situations named in `situations="fraud, burglary"`, in that order, each once; `null` when the
 * attribute is empty or names no known situation (then every situation is shown). Unknown ids warn once.
 */
function listedSituations(owner: HTMLElement, value: unknown): SituationId[] | null {
  const text = asText(value);
  const tokens = text.split(/[\s,]+/).filter(Boolean);
  if (tokens.length === 0) return null;
  const known = [...new Set(tokens.filter(isSituationId))];
  const unknown = [...new Set(tokens.filter((token) => !isSituationId(token)))];
  if (unknown.length > 0) {
    warnBadInput(owner, {
      source: owner.localName,
      attribute: 'situations',
      value: text,
      fallback: known.length > 0 ? `skipping unknown ${quote(unknown.join(', '))}` : 'showing all situations',
      hint: `Valid: ${SITUATION_IDS.join(', ')}.`,
    });
  }
  return known.length > 0 ? known : null;
}

/** The situations that concern `audience`; `null` when no audience is set or it is unknown (with a warning). */
function audienceSituations(owner: HTMLElement, value: unknown): SituationId[] | null {
  const audience = knownValue(owner, 'audience', asText(value).trim(), AUDIENCE_IDS, 'showing all situations');
  return audience ? situationIdsForAudience(audience) : null;
}

/**
 * Which situations to show, from the `situations` and `audience` attributes: both set gives the ones in
 * both, in the order of `situations`. Never empty: when the two have nothing in common it warns and
 * shows the listed situations without the audience filter.
 */
export function chooseSituations(owner: HTMLElement, situations: unknown, audience: unknown): readonly SituationId[] {
  const listed = listedSituations(owner, situations);
  const forAudience = audienceSituations(owner, audience);
  if (!forAudience) return listed ?? SITUATION_IDS;
  if (!listed) return forAudience;
  const both = listed.filter((id) => forAudience.includes(id));
  if (both.length > 0) return both;
  warnBadInput(owner, {
    source: owner.localName,
    attribute: 'audience',
    value: asText(audience).trim(),
    fallback: `showing situations=${quote(asText(situations))} without the audience filter`,
    hint: 'None of those situations concerns this audience.',
  });
  return listed;
}
