// Apart from PHONE because only the elements that show the professional line need these: a page with only
// the situation list does not download them.
import type { OpeningHours } from '../hours/index.js';
import { deepFreeze } from './freeze.js';
import type { Localized } from './types.js';

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

/**
 * The route outside the professional line's hours, for emergencies only. There is deliberately no
 * number: none is published, and the widgets must not invent one (FACTS.md).
 */
export const EMERGENCY_ROUTE: {
  readonly who: Localized;
  readonly how: Localized;
  /** Dutch words the English text cites as they are (a widget marks them lang="nl", WCAG 3.1.2). */
  readonly dutchTerms: readonly string[];
} = /* @__PURE__ */ deepFreeze({
  who: {
    nl: 'Alleen voor politie, GGD GHOR en gemeenten.',
    en: 'Only for the police, GGD GHOR and municipalities.',
  },
  how: {
    nl: 'Buiten deze uren en alleen bij spoed: neem contact op met onze piketdienst via de meldkamer van de politie.',
    en: 'Outside these hours and only in an emergency: contact our on-call service (piketdienst) through the police control room (meldkamer).',
  },
  dutchTerms: ['piketdienst', 'meldkamer'],
});
