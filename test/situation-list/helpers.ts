import { fixture } from '@open-wc/testing';
import '../../src/define/shn-situation-list.js';
import type { ShnSituationList } from '../../src/situation-list/situation-list.component.js';
import { fold, part, parts } from '../support/dom.js';

/** Renders `<shn-situation-list>` with raw attributes inside a wrapper that sets the language. */
export async function situationList(attributes = '', lang = 'nl', children = ''): Promise<ShnSituationList> {
  const wrapper = await fixture(`<div lang="${lang}"><shn-situation-list ${attributes}>${children}</shn-situation-list></div>`);
  const element = wrapper.querySelector('shn-situation-list') as ShnSituationList;
  await element.updateComplete;
  return element;
}

export { fold as text, part, parts };

/** The situation id of a rendered item, read from the id its description carries for aria-describedby. */
const idOf = (item: Element): string => item.querySelector('[part~="description"]')?.id.replace(/^description-/, '') ?? '';

/** The situation ids shown, in order. */
export const shownIds = (element: Element): string[] => parts(element, 'item').map(idOf);

/** The rendered item of situation `id`, or null. */
export const item = (element: Element, id: string): HTMLElement | null => parts(element, 'item').find((entry) => idOf(entry) === id) ?? null;

/** The link of situation `id`, or null. */
export const linkOf = (element: Element, id: string): HTMLAnchorElement | null =>
  item(element, id)?.querySelector<HTMLAnchorElement>('[part~="link"]') ?? null;


/** The live region's text. */
export const countText = (element: Element): string => fold(element.shadowRoot!.querySelector('[role="status"]'));

/** Sets the search words as typing would: value, then an input event. */
export async function typeQuery(element: ShnSituationList, query: string): Promise<void> {
  const input = part(element, 'input') as HTMLInputElement;
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await element.updateComplete;
}

/**
 * Records every click that reaches the document, with whether the page had cancelled it by then,
 * and then cancels it, so a followed link cannot navigate the test page away.
 */
export function guardClicks(): { clicks: { target: EventTarget | null; prevented: boolean }[]; stop: () => void } {
  const clicks: { target: EventTarget | null; prevented: boolean }[] = [];
  const listener = (event: Event) => {
    clicks.push({ target: event.composedPath()[0] ?? null, prevented: event.defaultPrevented });
    event.preventDefault();
  };
  document.addEventListener('click', listener);
  return { clicks, stop: () => document.removeEventListener('click', listener) };
}
