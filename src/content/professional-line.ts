// Apart from PHONE because only the elements that show the professional line need this: a page with only
// the situation list does not download it. The route outside these hours is in emergency-route.ts: a
// status needs these hours as its default, the route only where it shows hours in words.
import type { OpeningHours } from '../hours/index.js';
import { deepFreeze } from './freeze.js';

/**
 * When professionals can call 0900-0101 and choose "Professional": Monday to Friday 08:00–20:00 and
 * Saturday 10:00–17:00, Dutch time (factsheet). Closed on the public holidays that are commonly a day
 * off: an assumption (FACTS.md decision), because the factsheet's hours are office days. A site can
 * pass other hours to the elements, for example `{ ...PROFESSIONAL_LINE_HOURS, publicHolidays: 'open' }`.
 */
export const PROFESSIONAL_LINE_HOURS: OpeningHours = /* @__PURE__ */ deepFreeze({
  zone: 'Europe/Amsterdam',
  weekly: {
    1: [{ from: '08:00', to: '20:00' }],
    2: [{ from: '08:00', to: '20:00' }],
    3: [{ from: '08:00', to: '20:00' }],
    4: [{ from: '08:00', to: '20:00' }],
    5: [{ from: '08:00', to: '20:00' }],
    6: [{ from: '10:00', to: '17:00' }],
  },
  publicHolidays: 'closed',
});
