import { isSituationId } from './guards.js';
import type { SituationId } from './ids.js';
import { SITUATION_URLS, URLS } from './urls.js';
import { isSafeHref } from '../core/safe-link.js';
import { quote, warnBadInput } from '../core/warn.js';

export { isSafeHref };

/** Every link the embedding site may override. */
export type UrlKey = 'home' | 'municipalities' | 'helpers' | 'professionals' | `situation:${SituationId}`;

const SITE_KEYS: readonly string[] = ['home', 'municipalities', 'helpers', 'professionals'];

// Module state on purpose: one embedding site configures its links once, for every element on the page.
const active = new Map<UrlKey, string>();

/** True when `v` names a link that can be overridden. */
export function isUrlKey(v: unknown): v is UrlKey {
  if (typeof v !== 'string') return false;
  if (SITE_KEYS.includes(v)) return true;
  return v.startsWith('situation:') && isSituationId(v.slice('situation:'.length));
}

function isHttpsUrl(value: string): boolean {
  try {
    // No base URL: relative paths throw, so they are rejected too.
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Lets the embedding site replace links, for example with its own page about a situation.
 * Entries are added to earlier overrides; call {@link resetUrlOverrides} to start again.
 * Only absolute `https:` URLs are accepted. Any other entry (unknown key, `javascript:`, `data:`,
 * `http:`, relative or unparsable value) gives one `console.warn` (naming `setUrlOverrides`, the key
 * and the value, cut at 80 characters) and keeps the default.
 * An entry whose value is `undefined` is ignored silently, as if it was not there. Accepted URLs are
 * stored normalised by `new URL(...).href` (so `https://example.nl` becomes `https://example.nl/`).
 */
export function setUrlOverrides(overrides: Partial<Record<UrlKey, string>>): void {
  if (overrides === null || typeof overrides !== 'object') {
    console.warn(`setUrlOverrides overrides=${quote(overrides)} is not valid; keeping the defaults. Pass an object of links.`);
    return;
  }
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    if (!isUrlKey(key)) {
      warnBadInput(overrides, {
        source: 'setUrlOverrides',
        attribute: key,
        value,
        fallback: 'ignoring it',
        hint: `Unknown key; valid: ${SITE_KEYS.join(', ')}, situation:<situation id>.`,
      });
    } else if (typeof value !== 'string' || !isHttpsUrl(value)) {
      warnBadInput(overrides, {
        source: 'setUrlOverrides',
        attribute: key,
        value,
        fallback: 'keeping the default',
        hint: 'Only absolute https: URLs are accepted.',
      });
    } else {
      active.set(key, new URL(value).href);
    }
  }
}

/** Removes every override, so all links go back to their defaults. */
export function resetUrlOverrides(): void {
  active.clear();
}

/** True when the site has overridden this link. */
export function hasUrlOverride(key: UrlKey): boolean {
  return active.has(key);
}

// Owner for warnBadInput: each unknown key is reported once per page, however often elements render.
const RESOLVE_URL = {};

function defaultUrl(key: UrlKey): string {
  if (key.startsWith('situation:')) return SITUATION_URLS[key.slice('situation:'.length) as SituationId].url;
  return URLS[key as keyof typeof URLS];
}

/**
 * The link to use for `key`: the site's override, or else the default.
 * An unknown key (possible from plain JavaScript) gives the home page and one `console.warn` per page.
 */
export function resolveUrl(key: UrlKey): string {
  if (!isUrlKey(key)) {
    warnBadInput(RESOLVE_URL, { source: 'resolveUrl', attribute: 'key', value: key, fallback: 'using the home page' });
    return active.get('home') ?? URLS.home;
  }
  return active.get(key) ?? defaultUrl(key);
}
