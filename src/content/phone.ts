import { deepFreeze } from './freeze.js';
import type { Localized } from './types.js';

/** The shape of {@link PHONE}. */
export interface Phone {
  readonly display: '0900-0101';
  readonly href: 'tel:09000101';
  readonly professionalOption: { readonly label: Localized; readonly number: 3 };
  readonly cost: Localized;
}

/** The one public phone number, for everyone (factsheet, FACTS.md). */
export const PHONE: Phone = /* @__PURE__ */ deepFreeze({
  display: '0900-0101',
  href: 'tel:09000101',
  /** Professionals choose this option in the phone menu (the referral page on slachtofferhulp.nl says option 3). */
  professionalOption: {
    label: { nl: 'Professional', en: 'Professional' },
    number: 3,
  },
  /** What a call costs (politie.nl, FACTS.md). */
  cost: { nl: 'lokaal tarief', en: 'local rate' },
});
