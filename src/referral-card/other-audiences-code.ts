import type { OnDemandCode } from '../base/on-demand.js';

/** The helper, professional and municipality cards' texts (other-audiences.ts). */
export type OtherAudiences = (typeof import('./other-audiences.js'))['OTHER_AUDIENCES'];

/** Loaded the first time a card for a helper, professional or municipality is on the page; one load for all. */
export const OTHER_AUDIENCES_CODE: OnDemandCode<OtherAudiences> = {
  load: () => import('./other-audiences.js').then((module) => module.OTHER_AUDIENCES),
  attribute: 'audience',
  fallback: 'showing the card for victims',
};
