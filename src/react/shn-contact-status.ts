'use client';
/**
 * React component for `<shn-contact-status>` only: importing it registers that element (and the elements it
 * renders), nothing else. `'use client'`: a React server component (Next.js app router) renders it as a client
 * component, and the server's HTML carries its attributes.
 * @module
 */
import type { ShnContactStatus as ElementClass, StatusChangeDetail } from '../contact-status/contact-status.component.js';
import '../define/shn-contact-status.js';
import { createWrapper } from './create-wrapper.js';

/** Props of `<ShnContactStatus>`: the element's attributes by property name, `hours`, and its event. `state` is the element's to write. */
export interface ShnContactStatusProps {
  audience?: ElementClass['audience'];
  publicLine?: ElementClass['publicLine'];
  now?: ElementClass['now'];
  publicHolidays?: ElementClass['publicHolidays'];
  compact?: ElementClass['compact'];
  lang?: string;
  /** Opening hours (a property only: not in server HTML). */
  hours?: ElementClass['hours'];
  /** The line opened or closed while the element was on the page. */
  onShnStatusChange?: (event: CustomEvent<StatusChangeDetail>) => void;
}

/** `<shn-contact-status>`: live status of the phone line. `onShnStatusChange` fires when the line opens or closes. */
export const ShnContactStatus = createWrapper<ElementClass, ShnContactStatusProps>({
  tagName: 'shn-contact-status',
  displayName: 'ShnContactStatus',
  attributes: { audience: 'audience', publicLine: 'public-line', now: 'now', publicHolidays: 'public-holidays', compact: 'compact', lang: 'lang' },
  properties: ['hours'],
  events: { onShnStatusChange: 'shn-status-change' },
});

export type { StatusChangeDetail };
