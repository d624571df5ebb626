import { settle } from '../support/settle.js';

const pages: HTMLElement[] = [];

/**
 * Renders `<shn-contact-status attributes>` under an element with `lang` and waits until it has settled
 * (with its code on demand, or without it when that fails). Remove with {@link removeStatusPages}.
 */
export async function statusPage(attributes: string, lang = 'nl'): Promise<HTMLElement> {
  const page = document.createElement('div');
  page.lang = lang;
  page.innerHTML = `<shn-contact-status ${attributes}></shn-contact-status>`;
  document.body.append(page);
  pages.push(page);
  await settle(page);
  return page.querySelector('shn-contact-status')!;
}

/** Removes every status {@link statusPage} rendered. */
export function removeStatusPages(): void {
  for (const page of pages.splice(0)) page.remove();
}
