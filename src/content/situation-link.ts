import type { SituationId } from './ids.js';
import { hasUrlOverride, resolveUrl } from './overrides.js';
import { SITUATION_URLS } from './urls.js';

/**
 * A situation's link as the site configured it, and whether it goes to a page about this situation (a path
 * verified in FACTS.md, or a link the site set) rather than the home page. Language-free, so the card can
 * link a situation without carrying the situations' words in every language.
 */
export function situationLink(id: SituationId): { url: string; verified: boolean } {
  const key = `situation:${id}` as const;
  return { url: resolveUrl(key), verified: SITUATION_URLS[id].verified || hasUrlOverride(key) };
}
