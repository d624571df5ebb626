'use client';
/**
 * React component for `<shn-referral-card>` only: importing it registers that element (and the elements it
 * renders), nothing else. `'use client'`: a React server component (Next.js app router) renders it as a client
 * component, and the server's HTML carries its attributes.
 * @module
 */
import type { ShnReferralCard as ElementClass } from '../referral-card/referral-card.component.js';
import '../define/shn-referral-card.js';
import { createWrapper } from './create-wrapper.js';

/** Props of `<ShnReferralCard>`: the element's attributes by property name. It fires no events. */
export interface ShnReferralCardProps {
  audience?: ElementClass['audience'];
  domain?: ElementClass['domain'];
  situation?: ElementClass['situation'];
  publicLine?: ElementClass['publicLine'];
  headingLevel?: ElementClass['headingLevel'];
  now?: ElementClass['now'];
  lang?: string;
}

/** `<shn-referral-card>`: a referral to Slachtofferhulp for one audience. */
export const ShnReferralCard = createWrapper<ElementClass, ShnReferralCardProps>({
  tagName: 'shn-referral-card',
  displayName: 'ShnReferralCard',
  attributes: { audience: 'audience', domain: 'domain', situation: 'situation', publicLine: 'public-line', headingLevel: 'heading-level', now: 'now', lang: 'lang' },
});
