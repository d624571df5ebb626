// The language types live on the ground floor (core/), so language code needs no content; the content
// module re-exports them because every text in it is Localized.
export { LOCALES, type Locale, type Localized } from '../core/locale.js';
