// What the card says to every audience but victims (its default), in both languages, with the municipality
// card's domains: loaded on demand (OTHER_AUDIENCES_CODE in other-audiences-code.ts) by a card for one of
// those audiences, so a page with the default card never downloads it. A chunk of its own in the CDN build (`other-audiences`).
import { DOMAINS, DOMAINS_HEADING } from '../content/domains.js';
import { MUNICIPAL_SUPPORT } from '../content/municipal-support.js';
import { OTHER_REFERRALS } from '../content/referrals-others.js';

export const OTHER_AUDIENCES = {
  referrals: OTHER_REFERRALS,
  /** The municipality card's domains: one domain's services, or the three names under their heading. */
  domains: DOMAINS,
  domainsHeading: DOMAINS_HEADING,
  /** The municipality card's emergency route outside office hours, beside the status. */
  afterHours: MUNICIPAL_SUPPORT.afterHours,
} as const;
