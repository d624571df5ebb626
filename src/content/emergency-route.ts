// Apart from the professional line's hours (professional-line.ts), which every status needs as its default:
// only a status that shows hours in words shows this route, and the CDN build keeps it in that code
// (contact-status/hours-text.ts), so a page whose statuses show no hours never downloads it.
import { deepFreeze } from './freeze.js';
import type { Localized } from './types.js';

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
