// Only the elements that show the line's status need this (like professional-line.ts).
import type { OpeningHours } from '../hours/index.js';
import { deepFreeze } from './freeze.js';
import { PROFESSIONAL_LINE_HOURS } from './professional-line.js';
import type { Localized } from './types.js';

/**
 * How the residents' line (0900-0101 for victims, witnesses and bereaved) is read. The sources conflict
 * (FACTS.md):
 * - `always`: the factsheet (2023, the organisation's own and newer) says victims, witnesses and bereaved
 *   can contact Slachtofferhulp 24/7. The default.
 * - `office-hours`: Omroep West (June 2021) says the line is reachable Mon–Fri 08:00–20:00 and Sat
 *   10:00–17:00; politie.nl (undated) says that in crisis situations the line is also open outside office
 *   hours.
 */
export type PublicLineReading = 'always' | 'office-hours';

/** Both readings, the default first. */
export const PUBLIC_LINE_READINGS: readonly PublicLineReading[] = Object.freeze(['always', 'office-hours'] as const);

export interface PublicLineSource {
  readonly source: string;
}

/** Both readings of the residents' line, with their sources. */
export const PUBLIC_LINE: {
  readonly always: PublicLineSource & { readonly hours: null };
  readonly 'office-hours': PublicLineSource & { readonly hours: OpeningHours; readonly crisis: Localized };
} = /* @__PURE__ */ deepFreeze({
  always: {
    source: 'Factsheet 2023, "Voor slachtoffers": "Slachtoffers, oog- of oorgetuigen en nabestaanden kunnen 24/7 contact opnemen met Slachtofferhulp Nederland."',
    hours: null,
  },
  'office-hours': {
    source:
      'omroepwest.nl/nieuws/4407887 (June 2021): "van maandag tot en met vrijdag tussen 8.00 uur en 20.00 uur en op zaterdag van 10.00 uur tot 17.00 uur bereikbaar via telefoonnummer 0900-0101"; politie.nl/themas/slachtofferhulp.html (undated): "In crisissituaties is de lijn ook buiten kantoortijden geopend".',
    /** The same hours as the professional line (same number, same office days and public-holiday assumption). */
    hours: PROFESSIONAL_LINE_HOURS,
    crisis: {
      nl: 'Bij een crisis is de lijn ook buiten deze uren open.',
      en: 'In a crisis, the line is also open outside these hours.',
    },
  },
});
