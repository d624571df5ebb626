// Only a status that shows the residents' line's hours says this (contact-status/hours-text.ts, on demand):
// a module of its own, so the CDN build keeps it in that code. PUBLIC_LINE (public-line.ts) quotes it.
import { deepFreeze } from './freeze.js';
import type { Localized } from './types.js';

/** With `office-hours`: that the residents' line is also open outside its hours in a crisis (politie.nl). */
export const PUBLIC_LINE_CRISIS: Localized = /* @__PURE__ */ deepFreeze({
  nl: 'Bij een crisis is de lijn ook buiten deze uren open.',
  en: 'In a crisis, the line is also open outside these hours.',
});
