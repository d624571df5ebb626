'use client';
/**
 * React components for the three elements, made with @lit/react: properties go to the element as
 * properties (not strings), and the elements' events arrive as typed `on…` callbacks.
 * Importing this module registers the three elements; import `@slachtofferhulp/widgets/react/shn-situation-list`
 * (and so on) to register only one. Needs `react` (18 or 19) and `@lit/react`, both optional peer
 * dependencies of this package.
 *
 * The event props follow the events in custom-elements.json (`shn-status-change` → `onShnStatusChange`);
 * test/dist/react.test.mjs fails when an element's event has no prop here.
 * @module
 */
export { ShnContactStatus, type StatusChangeDetail } from './shn-contact-status.js';
export { ShnSituationList, type SituationSelectDetail } from './shn-situation-list.js';
export { ShnReferralCard } from './shn-referral-card.js';
