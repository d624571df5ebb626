// Type tests for the element classes: compiled by `npm run typecheck`, never run (see content.types.ts).
import type { ShnContactStatus } from '../../src/contact-status/contact-status.component.js';
import type { ShnReferralCard } from '../../src/referral-card/referral-card.component.js';
import type { ShnSituationList } from '../../src/situation-list/situation-list.component.js';

export function contactStatus(status: ShnContactStatus): void {
  status.audience = 'professional';
  status.publicHolidays = 'open';
  const state: 'open' | 'closed' | 'unknown' = status.state;
  void state;
  // @ts-expect-error Not an audience of the status.
  status.audience = 'victim';
  // @ts-expect-error Only 'closed' or 'open'.
  status.publicHolidays = 'yes';
  // @ts-expect-error `state` is the element's to write.
  status.state = 'open';
}

export function situationList(list: ShnSituationList): void {
  list.layout = 'grid';
  list.audience = 'left-behind';
  list.headingLevel = 3;
  list.headingLevel = '4';
  // @ts-expect-error Only 'list' or 'grid'.
  list.layout = 'table';
  // @ts-expect-error Not an audience id.
  list.audience = 'staff';
  // @ts-expect-error Headings start at level 2.
  list.headingLevel = 1;
}

export function referralCard(card: ShnReferralCard): void {
  card.audience = 'municipality';
  card.domain = 'crisis';
  card.situation = 'fraud';
  // @ts-expect-error Not an audience id.
  card.audience = 'public';
  // @ts-expect-error Not a municipal domain.
  card.domain = 'health';
  // @ts-expect-error Not a situation id.
  card.situation = 'arson';
  // @ts-expect-error Headings end at level 6.
  card.headingLevel = 7;
}

export function events(status: ShnContactStatus, list: ShnSituationList): void {
  status.addEventListener('shn-status-change', (event) => void event.detail.open);
  list.addEventListener('shn-situation-select', (event) => void event.detail.url);
  // @ts-expect-error The select event's detail has no `open`.
  list.addEventListener('shn-situation-select', (event) => void event.detail.open);
}
