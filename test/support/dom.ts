/** Reading rendered widgets the way a visitor sees them: by part, as folded text. */

/** The first element in `element`'s shadow root with this part, or null. */
export const part = (element: Element, name: string): HTMLElement | null =>
  element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** Every element in `element`'s shadow root with this part. */
export const parts = (element: Element, name: string): HTMLElement[] =>
  Array.from(element.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`));

/** Text with its white space folded, as a reader sees it: from a string, or a node's text content. */
export function fold(value: string | Node | null | undefined): string {
  const text = typeof value === 'string' ? value : (value?.textContent ?? '');
  return text.replace(/\s+/g, ' ').trim();
}

/** The text of an element's shadow root, white space folded. */
export const shadowText = (element: Element): string => fold(element.shadowRoot);
