import type { LitElement } from 'lit';

/** Every element below `root`, through open shadow roots. */
export function deepElements(root: Element | ShadowRoot | Document): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...deepElements(element.shadowRoot));
  }
  return found;
}

/** The shn-* elements at or below `root`, nested ones included. */
export function widgetsIn(root: Element | ShadowRoot | Document): LitElement[] {
  // An element's own shadow root too: a card's nested status lives there, not among its children.
  const all =
    root instanceof Element
      ? [root, ...deepElements(root), ...(root.shadowRoot ? deepElements(root.shadowRoot) : [])]
      : deepElements(root);
  return all.filter((element) => element.localName.startsWith('shn-')) as LitElement[];
}
