import {
  AUDIENCE_IDS,
  CHANNEL_IDS,
  DOMAIN_IDS,
  SITUATION_IDS,
  type AudienceId,
  type ChannelId,
  type DomainId,
  type SituationId,
} from './ids.js';

// Attributes arrive as strings from HTML, so the union types cannot protect the elements at run time.
// These guards let them check a value and warn about it themselves.
const isOneOf = <T extends string>(ids: readonly T[], v: unknown): v is T =>
  typeof v === 'string' && (ids as readonly string[]).includes(v);

/** True when `v` is one of {@link SITUATION_IDS}. */
export function isSituationId(v: unknown): v is SituationId {
  return isOneOf(SITUATION_IDS, v);
}

/** True when `v` is one of {@link AUDIENCE_IDS}. */
export function isAudienceId(v: unknown): v is AudienceId {
  return isOneOf(AUDIENCE_IDS, v);
}

/** True when `v` is one of {@link DOMAIN_IDS}. */
export function isDomainId(v: unknown): v is DomainId {
  return isOneOf(DOMAIN_IDS, v);
}

/** True when `v` is one of {@link CHANNEL_IDS}. */
export function isChannelId(v: unknown): v is ChannelId {
  return isOneOf(CHANNEL_IDS, v);
}
