const SAFE_PROTOCOLS: readonly string[] = ['https:', 'tel:', 'mailto:'];

/**
 * True only for absolute `https:`, `tel:` and `mailto:` links. Every element checks a link with this
 * before it renders it, so a bad value can never become a `javascript:` link on a municipal site.
 */
export function isSafeHref(href: string): boolean {
  if (typeof href !== 'string') return false;
  try {
    return SAFE_PROTOCOLS.includes(new URL(href).protocol);
  } catch {
    return false;
  }
}

/** Last line of defence before a URL becomes an href: anything but https:, tel: or mailto: becomes the home page. */
const FALLBACK = 'https://www.slachtofferhulp.nl/';

export function safeLink(href: string): string {
  return isSafeHref(href) ? href : FALLBACK;
}
