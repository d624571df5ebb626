/*
 * What a visitor would see as broken layout, measured: text cut off by a box that hides overflow, text that
 * runs out of its widget, text boxes on top of each other, controls too small or covered.
 */
import { shadowElements, widgetsIn } from '../hardening/support.js';

export { shadowElements };

const describe = (element: Element) =>
  `<${element.localName}${element.getAttribute('part') ? ` part="${element.getAttribute('part')}"` : ''}${element.className && typeof element.className === 'string' ? ` class="${element.className}"` : ''}> "${(element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30)}"`;

/** The visually hidden live region is clipped on purpose: it is heard, not seen. */
function visuallyHidden(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const style = getComputedStyle(node);
    if (style.clip !== 'auto' && style.clip !== '' && style.position === 'absolute') return true;
  }
  return false;
}

function shown(element: Element): boolean {
  const style = getComputedStyle(element);
  return style.display !== 'none' && style.visibility !== 'hidden' && element.getClientRects().length > 0 && !visuallyHidden(element);
}

/** Elements that hold text themselves, shown. */
export function textElements(root: Element): Element[] {
  return widgetsIn(root)
    .flatMap((widget) => shadowElements(widget))
    .filter((element) => [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== ''))
    .filter(shown);
}

/** Boxes of the text itself (one per line fragment), not of the element around it. */
function textRects(element: Element): DOMRect[] {
  const rects: DOMRect[] = [];
  for (const node of element.childNodes) {
    if (node.nodeType !== Node.TEXT_NODE || node.textContent!.trim() === '') continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    rects.push(...[...range.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0));
  }
  return rects;
}

/** Text cut off: an element (or an ancestor in the widget) that hides overflow and has more content than room. */
export function clippingProblems(root: Element): string[] {
  const problems = new Set<string>();
  for (const widget of widgetsIn(root)) {
    for (const element of [widget, ...shadowElements(widget)]) {
      if (!shown(element) && element !== widget) continue;
      const style = getComputedStyle(element);
      const hidesX = ['hidden', 'clip'].includes(style.overflowX);
      const hidesY = ['hidden', 'clip'].includes(style.overflowY);
      if (hidesX && element.scrollWidth > element.clientWidth + 1) problems.add(`${describe(element)} cuts off text sideways (${element.scrollWidth} > ${element.clientWidth})`);
      if (hidesY && element.scrollHeight > element.clientHeight + 1) problems.add(`${describe(element)} cuts off text below (${element.scrollHeight} > ${element.clientHeight})`);
    }
    // Text that runs out of the widget's own box (it would overlap the page around it, or be off screen).
    const box = widget.getBoundingClientRect();
    for (const element of shadowElements(widget).filter(shown)) {
      for (const rect of textRects(element)) {
        if (rect.left < box.left - 1 || rect.right > box.right + 1 || rect.top < box.top - 1 || rect.bottom > box.bottom + 1) {
          problems.add(`${describe(element)} runs out of <${widget.localName}>`);
        }
      }
    }
  }
  return [...problems];
}

/** Text of one element drawn over text of another. */
export function overlapProblems(root: Element): string[] {
  const boxes = textElements(root).flatMap((element) => textRects(element).map((rect) => ({ element, rect })));
  const problems: string[] = [];
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      const a = boxes[i];
      const b = boxes[j];
      if (a.element === b.element || a.element.contains(b.element) || b.element.contains(a.element)) continue;
      const width = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
      const height = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
      // Line boxes of neighbouring lines may touch; text over text overlaps by more than a few pixels.
      if (width > 2 && height > 4) problems.push(`${describe(a.element)} overlaps ${describe(b.element)}`);
    }
  }
  return problems;
}

/** Links, inputs and buttons in the widgets' shadow roots, shown. */
export function controls(root: Element): HTMLElement[] {
  return widgetsIn(root)
    .flatMap((widget) => shadowElements(widget))
    .filter((element): element is HTMLElement => element.matches('a[href], button, input, select, textarea'))
    .filter(shown);
}

/**
 * Widgets that need more width than they are given: wider than the box around them (on a phone, the
 * screen), or scrolling inside. Measured against the container, not the window, so a scroll bar (Firefox
 * draws one) or a story frame of fixed width does not count against the widget.
 */
export function reflowProblems(root: Element): string[] {
  const screen = document.documentElement.clientWidth;
  return widgetsIn(root).flatMap((widget) => {
    const container = widget.parentElement ?? document.body;
    const room = container.clientWidth || screen;
    const { width } = widget.getBoundingClientRect();
    const problems: string[] = [];
    if (width > room + 0.5) problems.push(`<${widget.localName}> is ${width.toFixed(0)} px wide in ${room} px`);
    if (widget.scrollWidth > widget.clientWidth + 1) problems.push(`<${widget.localName}> scrolls sideways (${widget.scrollWidth} > ${widget.clientWidth})`);
    const base = widget.shadowRoot?.querySelector('.base');
    if (base && base.scrollWidth > base.clientWidth + 1) problems.push(`<${widget.localName}> content overflows sideways (${base.scrollWidth} > ${base.clientWidth})`);
    return problems;
  });
}

export { describe as describeElement };
