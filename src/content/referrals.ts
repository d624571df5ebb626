import { deepFreeze } from './freeze.js';
import type { AudienceId } from './ids.js';
import { resolveUrl, type UrlKey } from './overrides.js';
import { REFERRAL_URL_KEYS } from './referral-urls.js';
import type { ReferralWords } from './referral-words.js';
import { VICTIM_REFERRAL_EN } from './referrals-en.js';
import { VICTIM_REFERRAL_NL } from './referrals-nl.js';
import { OTHER_REFERRALS } from './referrals-others.js';
import type { Locale, Localized } from './types.js';

/** The call to action of a referral card. */
export interface ReferralCta {
  readonly label: Localized;
  /** Which link the button uses. */
  readonly urlKey: UrlKey;
  /** The link itself; follows `setUrlOverrides`. */
  readonly url: string;
}

/** The text of a referral card for one audience. */
export interface Referral {
  readonly heading: Localized;
  /** Two or three plain sentences: what Slachtofferhulp does for this audience (free, professional, made to measure). */
  readonly body: readonly Localized[];
  readonly cta: ReferralCta;
}


/** One audience's words in each language: the victims' per language, the others' side by side. */
function wordsOf(id: AudienceId): Readonly<Record<Locale, ReferralWords>> {
  return id === 'victim' ? { nl: VICTIM_REFERRAL_NL, en: VICTIM_REFERRAL_EN } : OTHER_REFERRALS[id];
}

/**
 * One audience's referral in every language, from the words apart (referrals-nl.ts and referrals-en.ts for
 * victims, referrals-others.ts for the rest), so that the card loads only the language and the audiences a
 * page shows.
 */
function assemble(id: AudienceId): Referral {
  const { nl, en } = wordsOf(id);
  const urlKey = REFERRAL_URL_KEYS[id];
  return {
    heading: { nl: nl.heading, en: en.heading },
    body: nl.body.map((sentence, index) => ({ nl: sentence, en: en.body[index] ?? '' })),
    cta: {
      label: { nl: nl.cta, en: en.cta },
      urlKey,
      // A getter, so the card always shows the site's override.
      get url() {
        return resolveUrl(urlKey);
      },
    },
  };
}

/** Referral card texts per audience. */
export const REFERRALS: Readonly<Record<AudienceId, Referral>> = /* @__PURE__ */ deepFreeze({
  victim: assemble('victim'),
  witness: assemble('witness'),
  bereaved: assemble('bereaved'),
  'left-behind': assemble('left-behind'),
  vulnerable: assemble('vulnerable'),
  professional: assemble('professional'),
  helper: assemble('helper'),
  municipality: assemble('municipality'),
});
