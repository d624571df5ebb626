import type { ShnContactStatus } from '../../src/contact-status/contact-status.component.js';
import type { ShnReferralCard } from '../../src/referral-card/referral-card.component.js';

/** Tuesday 1 December 2026, 10:00 Dutch time: the professional line is open. */
export const TUESDAY_10 = '2026-12-01T10:00:00+01:00';
/** Friday 4 December 2026, 21:00 Dutch time: the professional line is closed. */
export const FRIDAY_21 = '2026-12-04T21:00:00+01:00';

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

/**
 * Waits until the card and its nested status have rendered, and slot changes (delivered as microtasks
 * after a render or a DOM change) have been handled. Microtasks only: no timers, no animation frames.
 */
export async function settled(element: ShnReferralCard): Promise<void> {
  for (let round = 0; round < 4; round += 1) {
    await element.updateComplete;
    const status = nestedStatus(element);
    if (status) await status.updateComplete;
    await Promise.resolve();
  }
}

export const part = (element: Element, name: string): HTMLElement | null =>
  element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

export const nestedStatus = (element: Element): ShnContactStatus | null =>
  element.shadowRoot!.querySelector('shn-contact-status');

/** The body sentences as shown, one string per paragraph. */
export const bodySentences = (element: Element): string[] =>
  Array.from(part(element, 'body')!.querySelectorAll('p')).map((p) => fold(p.textContent));

export const fold = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

export const isShown = (element: Element | null): boolean =>
  element !== null && getComputedStyle(element).display !== 'none' && element.getClientRects().length > 0;
