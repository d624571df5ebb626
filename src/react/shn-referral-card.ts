'use client';
/**
 * React component for `<shn-referral-card>` only, made with @lit/react: importing it registers that element
 * (and the elements it renders), nothing else. `'use client'`: React server components render it as a client
 * component (Next.js app router).
 * @module
 */
import * as React from 'react';
import { createComponent } from '@lit/react';
import { ShnReferralCard as ElementClass } from '../referral-card/referral-card.component.js';
import '../define/shn-referral-card.js';

/** `<shn-referral-card>`: a referral to Slachtofferhulp for one audience. It fires no events. */
export const ShnReferralCard = createComponent({
  react: React,
  tagName: 'shn-referral-card',
  elementClass: ElementClass,
  displayName: 'ShnReferralCard',
});
