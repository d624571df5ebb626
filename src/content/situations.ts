import { deepFreeze } from './freeze.js';
import { SITUATION_IDS, type AudienceId, type SituationId } from './ids.js';
import { SITUATION_AUDIENCES } from './situation-audiences.js';
import { situationLink } from './situation-link.js';
import { SITUATION_WORDS_EN } from './situations-en.js';
import { SITUATION_WORDS_NL } from './situations-nl.js';
import type { Localized } from './types.js';

/** One situation from the factsheet's "In welke situaties" list. */
export interface Situation {
  readonly id: SituationId;
  /** The factsheet's own Dutch wording, and its English translation. */
  readonly label: Localized;
  /** One plain (B1) sentence that speaks to the reader with "u" / "you". */
  readonly description: Localized;
  /** The link for this situation; follows `setUrlOverrides`. */
  readonly url: string;
  /**
   * True when `url` goes to a page about this situation: a path verified in FACTS.md, or a link the
   * embedding site configured. False when it falls back to the home page.
   */
  readonly urlVerified: boolean;
  /** Who this situation concerns, in {@link AUDIENCE_IDS} order. Search words: {@link SITUATION_KEYWORDS}. */
  readonly audiences: readonly AudienceId[];
}

/**
 * One situation in every language, from the words per language (situations-nl.ts, situations-en.ts), the
 * audiences (situation-audiences.ts) and the links. The words live per language so that the situation
 * list can load English only on a page that shows it.
 */
function assemble(id: SituationId): Situation {
  return {
    id,
    label: { nl: SITUATION_WORDS_NL[id].label, en: SITUATION_WORDS_EN[id].label },
    description: { nl: SITUATION_WORDS_NL[id].description, en: SITUATION_WORDS_EN[id].description },
    audiences: SITUATION_AUDIENCES[id],
    // Getters, so every reader of SITUATIONS gets the site's override without calling resolveUrl.
    get url() {
      return situationLink(id).url;
    },
    get urlVerified() {
      return situationLink(id).verified;
    },
  };
}

/** All situations, keyed by id, in factsheet order. */
export const SITUATIONS: Readonly<Record<SituationId, Situation>> = /* @__PURE__ */ deepFreeze(
  Object.fromEntries(SITUATION_IDS.map((id) => [id, assemble(id)])) as Record<SituationId, Situation>,
);
