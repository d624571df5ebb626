import { deepFreeze } from './freeze.js';
import type { Localized } from './types.js';

/** A phone number as shown and as dialled. */
export interface CrisisPhone {
  readonly display: string;
  readonly href: `tel:${string}`;
}

/** A help line of another organisation that the widgets point to when someone may be in danger. */
export interface CrisisLine {
  /** The organisation's own name. */
  readonly name: string;
  /** Numbers to call, in the order to show them. */
  readonly phones: readonly CrisisPhone[];
  /** The chat, on the organisation's site. */
  readonly chat: { readonly display: string; readonly href: `https://${string}` };
  /** True when calling costs nothing. */
  readonly free: boolean;
  /** True when the line is open day and night, every day. */
  readonly alwaysOpen: boolean;
  /** The question that tells a reader this line is for them, in every locale. */
  readonly question: Localized;
}

/**
 * 113 Zelfmoordpreventie: call 113 or 0800-0113, free, 24/7, or chat on 113.nl (FACTS.md, "Peers").
 * Shown beside the suicide situation: someone who searches for "zelfmoord" may be at risk themselves,
 * and Slachtofferhulp helps the people left behind, not the person in crisis.
 */
export const SUICIDE_PREVENTION_LINE: CrisisLine = /* @__PURE__ */ deepFreeze({
  name: '113 Zelfmoordpreventie',
  phones: [
    { display: '113', href: 'tel:113' },
    { display: '0800-0113', href: 'tel:08000113' },
  ],
  chat: { display: '113.nl', href: 'https://www.113.nl/' },
  free: true,
  alwaysOpen: true,
  question: {
    nl: 'Denkt u zelf aan zelfdoding?',
    en: 'Are you thinking about suicide yourself?',
  },
});
