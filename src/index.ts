/**
 * @slachtofferhulp/widgets: element classes, content and the opening-hours engine.
 * Importing this module registers nothing; import `@slachtofferhulp/widgets/define` (or one element's
 * define module) to register the custom elements.
 */
export { ShnContactStatus } from './contact-status/contact-status.component.js';
export type {
  ContactStatusAudience,
  ContactStatusState,
  PublicHolidays,
  PublicLine,
  StatusChangeDetail,
} from './contact-status/contact-status.component.js';
export { ShnSituationList } from './situation-list/situation-list.component.js';
export type { SituationListLayout, SituationSelectDetail } from './situation-list/situation-list.component.js';
export { ShnReferralCard } from './referral-card/referral-card.component.js';
export type { HeadingLevelInput } from './base/heading.js';
export * from './content/index.js';
export * from './hours/index.js';
export { VERSION } from './core/version.js';
