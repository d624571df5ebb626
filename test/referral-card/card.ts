import type { ShnContactStatus } from '../../src/contact-status/contact-status.component.js';
import type { ShnReferralCard } from '../../src/referral-card/referral-card.component.js';
import { fold, part } from '../support/dom.js';
import { settle } from '../support/settle.js';

export { FRIDAY_21, TUESDAY_10 } from '../support/instants.js';
export { fold, part };

const mounted: Element[] = [];

/**
 * Renders a card (and its nested status) under an element with `lang`, with optional light-DOM children.
 * Mounted by hand, not with open-wc's fixture(): its helpers wait for an animation frame, which never comes
 * while the test runner keeps this page in a background tab. Call {@link removeCards} after each test.
 */
export async function card(attributes: string, options: { lang?: string; children?: string } = {}): Promise<ShnReferralCard> {
  const { lang = 'nl', children = '' } = options;
  const wrapper = document.createElement('div');
  wrapper.lang = lang;
  wrapper.innerHTML = `<shn-referral-card ${attributes}>${children}</shn-referral-card>`;
  document.body.append(wrapper);
  mounted.push(wrapper);
  const element = wrapper.querySelector('shn-referral-card') as ShnReferralCard;
  await settled(element);
  return element;
}

/** Removes every card {@link card} mounted. */
export function removeCards(): void {
  for (const wrapper of mounted.splice(0)) wrapper.remove();
}

/** Waits until the card and its nested status have rendered (see settle). */
export const settled = (element: ShnReferralCard): Promise<void> => settle(element);

export const nestedStatus = (element: Element): ShnContactStatus | null =>
  element.shadowRoot!.querySelector('shn-contact-status');

/** The body sentences as shown, one string per paragraph. */
export const bodySentences = (element: Element): string[] =>
  Array.from(part(element, 'body')!.querySelectorAll('p')).map((p) => fold(p.textContent));

export const isShown = (element: Element | null): boolean =>
  element !== null && getComputedStyle(element).display !== 'none' && element.getClientRects().length > 0;
