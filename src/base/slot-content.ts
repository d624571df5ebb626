/**
 * Whether a slot has something to show. White space between tags does not count, so a card written
 * over several lines of HTML does not get an empty gap.
 */
export function slotHasContent(slot: HTMLSlotElement): boolean {
  return slot.assignedNodes({ flatten: true }).some(isContent);
}

/**
 * The same question before the shadow root has its slots: the host's own children that would go to
 * the slot `name` ('' for the default slot). Lets the first render be right without a second pass.
 */
export function childrenFillSlot(host: Element, name: string): boolean {
  return Array.from(host.childNodes).some((node) => {
    if (node instanceof Element) return (node.getAttribute('slot') ?? '') === name;
    return name === '' && isContent(node);
  });
}

function isContent(node: Node): boolean {
  if (node.nodeType === Node.ELEMENT_NODE) return true;
  return node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '';
}
