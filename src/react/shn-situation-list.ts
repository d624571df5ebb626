'use client';
/**
 * React component for `<shn-situation-list>` only, made with @lit/react: importing it registers that element
 * (and the elements it renders), nothing else. `'use client'`: React server components render it as a client
 * component (Next.js app router).
 * @module
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { ShnSituationList as ElementClass, type SituationSelectDetail } from '../situation-list/situation-list.component.js';
import '../define/shn-situation-list.js';

/** `<shn-situation-list>`: the situations Slachtofferhulp helps with. `onShnSituationSelect` fires on a choice. */
export const ShnSituationList = createComponent({
  react: React,
  tagName: 'shn-situation-list',
  elementClass: ElementClass,
  displayName: 'ShnSituationList',
  events: {
    onShnSituationSelect: 'shn-situation-select' as EventName<CustomEvent<SituationSelectDetail>>,
  },
});

export type { SituationSelectDetail };
