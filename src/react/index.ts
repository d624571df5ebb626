/**
 * React components for the three elements, made with @lit/react: properties go to the element as
 * properties (not strings), and the elements' events arrive as typed `on…` callbacks.
 * Importing this module registers the elements. Needs `react` (18 or 19) and `@lit/react`, both optional
 * peer dependencies of this package.
 *
 * The event props follow the events in custom-elements.json (`shn-status-change` → `onShnStatusChange`);
 * test/dist/react.test.mjs fails when an element's event has no prop here.
 * @module
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { ShnContactStatus as ContactStatusElement, type StatusChangeDetail } from '../contact-status/contact-status.component.js';
import { ShnSituationList as SituationListElement, type SituationSelectDetail } from '../situation-list/situation-list.component.js';
import { ShnReferralCard as ReferralCardElement } from '../referral-card/referral-card.component.js';
import '../define/index.js';

/** `<shn-contact-status>`: live status of the phone line. `onShnStatusChange` fires when the line opens or closes. */
export const ShnContactStatus = createComponent({
  react: React,
  tagName: 'shn-contact-status',
  elementClass: ContactStatusElement,
  displayName: 'ShnContactStatus',
  events: {
    onShnStatusChange: 'shn-status-change' as EventName<CustomEvent<StatusChangeDetail>>,
  },
});

/** `<shn-situation-list>`: the situations Slachtofferhulp helps with. `onShnSituationSelect` fires on a choice. */
export const ShnSituationList = createComponent({
  react: React,
  tagName: 'shn-situation-list',
  elementClass: SituationListElement,
  displayName: 'ShnSituationList',
  events: {
    onShnSituationSelect: 'shn-situation-select' as EventName<CustomEvent<SituationSelectDetail>>,
  },
});

/** `<shn-referral-card>`: a referral to Slachtofferhulp for one audience. It fires no events. */
export const ShnReferralCard = createComponent({
  react: React,
  tagName: 'shn-referral-card',
  elementClass: ReferralCardElement,
  displayName: 'ShnReferralCard',
});

export type { StatusChangeDetail, SituationSelectDetail };
