/** The languages every text in the content module exists in. Dutch first: it is the primary language. */
export type Locale = 'nl' | 'en';

/** All locales, Dutch first. */
export const LOCALES: readonly Locale[] = Object.freeze(['nl', 'en'] as const);

/**
 * A value in every locale. Because it is a full `Record`, leaving out a translation is a type error,
 * so no text can ship in Dutch only.
 */
export type Localized<T = string> = Readonly<Record<Locale, T>>;
