// Both readings of the residents' line with their sources, for the content API. The elements import the
// pieces they need from the small modules this one assembles (public-line-readings.ts, public-line-crisis.ts),
// so that a page whose statuses show no hours does not download the crisis sentence.
import type { OpeningHours } from '../hours/index.js';
import { deepFreeze } from './freeze.js';
import { PROFESSIONAL_LINE_HOURS } from './professional-line.js';
import { PUBLIC_LINE_CRISIS } from './public-line-crisis.js';
import type { Localized } from './types.js';

export { PUBLIC_LINE_READINGS, type PublicLineReading } from './public-line-readings.js';

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
    crisis: PUBLIC_LINE_CRISIS,
  },
});
