/** The languages every text in the content module exists in. Dutch first: it is the primary language. */
export type Locale = 'nl' | 'en';

/** All locales, Dutch first. */
export const LOCALES: readonly Locale[] = Object.freeze(['nl', 'en'] as const);

/**
 * A value in every locale. Because it is a full `Record`, leaving out a translation is a type error,
 * so no text can ship in Dutch only.
 */
export type Localized<T = string> = Readonly<Record<Locale, T>>;

export const DEFAULT_LOCALE: Locale = 'nl';

/** Maps a BCP 47 tag to a supported locale: `en-GB` → `en`, `nl-BE` → `nl`, anything else → `nl`. */
export function toLocale(lang: string): Locale {
  const primary = lang.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'en' ? 'en' : DEFAULT_LOCALE;
}

/** The BCP 47 tag to use with Intl for a locale. */
export const INTL_LOCALE: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };
