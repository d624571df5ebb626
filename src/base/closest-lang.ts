/**
 * The `lang` that applies to `element`: its own, else the nearest ancestor's, crossing shadow roots
 * (an element inside another component's shadow DOM still follows the page), else ''.
 * Modelled on GOV.UK Frontend's closestAttributeValue, extended across shadow boundaries.
 */
export function closestLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? '';
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return '';
}

/** Every root (shadow roots and the document) between `element` and the top: where `lang` changes can happen. */
export function rootsAbove(element: Element): Node[] {
  const roots: Node[] = [];
  let root = element.getRootNode();
  while (root instanceof ShadowRoot) {
    roots.push(root);
    root = root.host.getRootNode();
  }
  roots.push(root);
  return roots;
}
