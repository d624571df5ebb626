import { widgetsIn } from '../support/deep-elements.js';
import { fold } from '../support/dom.js';
import { settle as settleWidgets } from '../support/settle.js';

/**
 * What the story tests look for in a rendered story. Each returns a list of problems (empty = fine), so a
 * failure names every broken element at once.
 */

/** Waits until every widget, nested ones too, has rendered, and no animation is running. */
export async function settle(frame: Element): Promise<void> {
  await settleWidgets(frame);
  await document.fonts.ready;
  for (const animation of document.getAnimations()) animation.finish();
  await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
}

/** Visible text of a widget's shadow root, slots filled in, whitespace folded. */
export function renderedText(element: Element): string {
  return fold(element.shadowRoot);
}

/** A story must show at least one widget, each registered and rendered: catches a dropped define import. */
export function renderProblems(frame: Element): string[] {
  const widgets = widgetsIn(frame);
  if (widgets.length === 0) return ['the story shows no shn-* element'];
  return widgets.flatMap((element) => {
    if (!customElements.get(element.localName)) return [`<${element.localName}> is not defined (is its define module imported?)`];
    if (!element.shadowRoot) return [`<${element.localName}> has no shadow root`];
    if (renderedText(element) === '') return [`<${element.localName}> rendered no text`];
    return [];
  });
}

/** Every contact status (the element that reads the clock) must have a frozen `now`, or screenshots drift. */
export function clockProblems(frame: Element): string[] {
  return widgetsIn(frame)
    .filter((element) => element.localName === 'shn-contact-status' && !element.getAttribute('now'))
    .map(() => '<shn-contact-status> runs on the live clock: give the story a frozen clock (args.clock)');
}

/** In a narrow (320 px) frame no widget may be wider than the frame: it must reflow, not scroll sideways. */
export function overflowProblems(frame: HTMLElement): string[] {
  const width = frame.clientWidth;
  return widgetsIn(frame)
    .filter((element) => element.scrollWidth > width)
    .map((element) => `<${element.localName}> is ${element.scrollWidth}px wide in a ${width}px frame`);
}
