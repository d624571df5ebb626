import type { Locale } from '../content/index.js';

export const DEFAULT_LOCALE: Locale = 'nl';

/** Maps a BCP 47 tag to a supported locale: `en-GB` → `en`, `nl-BE` → `nl`, anything else → `nl`. */
export function toLocale(lang: string): Locale {
  const primary = lang.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'en' ? 'en' : DEFAULT_LOCALE;
}

/** The BCP 47 tag to use with Intl for a locale. */
export const INTL_LOCALE: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };
