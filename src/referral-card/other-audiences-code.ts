import type { OnDemandCode } from '../base/on-demand.js';

/** Every audience's words but the victims', and the municipality card's domains (other-audiences.ts). */
export type OtherAudiences = (typeof import('./other-audiences.js'))['OTHER_AUDIENCES'];

/** Loaded the first time a card for another audience than victims is on the page; one load for all. */
export const OTHER_AUDIENCES_CODE: OnDemandCode<OtherAudiences> = {
  load: () => import('./other-audiences.js').then((module) => module.OTHER_AUDIENCES),
  attribute: 'audience',
  fallback: 'showing the card for victims',
};
