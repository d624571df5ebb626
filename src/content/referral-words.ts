import type { AudienceId } from './ids.js';

/** The audiences whose card speaks to the person affected (and whose texts a `situation` can tailor). */
export const RESIDENT_AUDIENCE_IDS = ['victim', 'witness', 'bereaved', 'left-behind', 'vulnerable'] as const;
export type ResidentAudienceId = (typeof RESIDENT_AUDIENCE_IDS)[number];

/** Every audience but the card's default (victims): their words load on demand (referrals-others.ts). */
export type OtherAudienceId = Exclude<AudienceId, 'victim'>;

/** What a referral card says for one audience, in one language. */
export interface ReferralWords {
  readonly heading: string;
  /** Two or three plain sentences: what Slachtofferhulp does for this audience (free, professional, made to measure). */
  readonly body: readonly string[];
  /** The button's label. */
  readonly cta: string;
}
