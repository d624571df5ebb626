'use client';
/**
 * React components for the three elements: attributes go to React as attributes (so server HTML has them;
 * React 19 sets them as properties on the client), `hours` as a property, and the elements' events arrive as
 * typed `on…` callbacks. Every module starts with `'use client'`, so a Next.js server component can use them.
 * Importing this module registers the three elements; import `@slachtofferhulp/widgets/react/shn-situation-list`
 * (and so on) to register only one. Needs `react` (18 or 19), an optional peer dependency of this package.
 *
 * The props follow custom-elements.json (`shn-status-change` → `onShnStatusChange`, `heading-level` →
 * `headingLevel`); test/dist/react.test.mjs fails when an element's attribute or event has no prop here.
 * @module
 */
export { ShnContactStatus, type ShnContactStatusProps, type StatusChangeDetail } from './shn-contact-status.js';
export { ShnSituationList, type ShnSituationListProps, type SituationSelectDetail } from './shn-situation-list.js';
export { ShnReferralCard, type ShnReferralCardProps } from './shn-referral-card.js';
