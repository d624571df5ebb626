import { isSafeHref } from '../content/overrides.js';

/** Last line of defence before a URL becomes an href: anything but https:, tel: or mailto: becomes the home page. */
const FALLBACK = 'https://www.slachtofferhulp.nl/';

export function safeLink(href: string): string {
  return isSafeHref(href) ? href : FALLBACK;
}
