import { deepFreeze } from './freeze.js';
import type { Localized } from './types.js';

/** The shape of {@link EMERGENCY_NUMBER}. */
export interface EmergencyNumber {
  readonly display: '112';
  readonly href: 'tel:112';
  /**
   * The calm line every widget a resident may read in distress shows, in three pieces: the words before the
   * link, the link's own text (which says what it does, so it is also its accessible name), and after it.
   */
  readonly advice: Localized<{ readonly before: string; readonly link: string; readonly after: string }>;
}

/**
 * 112: the Dutch (and European) emergency number for police, fire brigade and ambulance (politie.nl;
 * rijksoverheid.nl, "alarmnummer 112"; FACTS.md). A resident who reads a widget may be in danger right now,
 * so every resident-facing state says so. Not on the blocks only professionals and municipalities read
 * (the professional line when open, the compact status in their cards): there it would be noise.
 */
export const EMERGENCY_NUMBER: EmergencyNumber = /* @__PURE__ */ deepFreeze({
  display: '112',
  href: 'tel:112',
  advice: {
    nl: { before: 'Bij direct gevaar:', link: 'bel 112', after: '.' },
    en: { before: 'In immediate danger:', link: 'call 112', after: '.' },
  },
});
