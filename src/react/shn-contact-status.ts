'use client';
/**
 * React component for `<shn-contact-status>` only, made with @lit/react: importing it registers that element
 * (and the elements it renders), nothing else. `'use client'`: React server components render it as a client
 * component (Next.js app router).
 * @module
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { ShnContactStatus as ElementClass, type StatusChangeDetail } from '../contact-status/contact-status.component.js';
import '../define/shn-contact-status.js';

/** `<shn-contact-status>`: live status of the phone line. `onShnStatusChange` fires when the line opens or closes. */
export const ShnContactStatus = createComponent({
  react: React,
  tagName: 'shn-contact-status',
  elementClass: ElementClass,
  displayName: 'ShnContactStatus',
  events: {
    onShnStatusChange: 'shn-status-change' as EventName<CustomEvent<StatusChangeDetail>>,
  },
});

export type { StatusChangeDetail };
