import { SITUATION_IDS, type SituationId } from './ids.js';
import { deepFreeze } from './freeze.js';

const SITE = 'https://www.slachtofferhulp.nl';

/**
 * The default links. Only paths verified in FACTS.md are used: a broken link on a municipal site is
 * a real defect, so no path is guessed. Read links through `resolveUrl` so site overrides apply.
 */
export const URLS = /* @__PURE__ */ deepFreeze({
  /** Home page; also the fallback for every situation without a verified page. */
  home: `${SITE}/`,
  /** The page for municipalities (verified). */
  municipalities: `${SITE}/professionals/gemeenten/`,
  /** The platform "Voor de Helpers" (verified; the factsheet prints www.slachtofferhulp.nl/voordehelpers). */
  helpers: `${SITE}/voordehelpers/`,
  /**
   * The platform "Voor Professionals". The factsheet prints "www.slachtofferhulp.nl/gemeenten", but
   * the link in the PDF goes to /professionals/gemeenten/, and that is the path FACTS.md verified.
   * We use the verified path (so it equals `municipalities`) rather than an unverified short path or
   * a guessed /professionals/ page. A site can override it.
   */
  professionals: `${SITE}/professionals/gemeenten/`,
} as const);

/** The situation pages FACTS.md verified. Every other situation links to the home page. */
const VERIFIED_SITUATION_URLS: Readonly<Partial<Record<SituationId, string>>> = {
  'missing-persons': `${SITE}/gebeurtenissen/vermissing-persoon/`,
  fraud: `${SITE}/gebeurtenissen/oplichting-en-fraude/online-fraude/`,
};

/** The default link of each situation, and whether it goes to a verified page about that situation. */
export const SITUATION_URLS: Readonly<Record<SituationId, { readonly url: string; readonly verified: boolean }>> =
  /* @__PURE__ */ deepFreeze(
    Object.fromEntries(
      SITUATION_IDS.map((id) => {
        const verified = VERIFIED_SITUATION_URLS[id];
        return [id, verified ? { url: verified, verified: true } : { url: URLS.home, verified: false }];
      }),
    ) as Record<SituationId, { url: string; verified: boolean }>,
  );
