/*
 * Looks into rendered widgets the way the hardening and embedding tests need: through every open shadow
 * root, nested widgets included. Each check returns a list of problems (empty = fine), so a failure names
 * everything that is wrong at once.
 */
import { deepElements, widgetsIn } from '../support/deep-elements.js';
import { shadowText as textOf } from '../support/dom.js';
import { settle } from '../support/settle.js';

export { deepElements, settle, textOf, widgetsIn };

/** Every element inside the shadow roots of `widget` (and of widgets nested in it); not its light DOM. */
export function shadowElements(widget: Element): Element[] {
  return widget.shadowRoot ? deepElements(widget.shadowRoot) : [];
}

/** Tags the widgets render. Anything else in a shadow root came from input: injected markup. */
const RENDERED_TAGS = new Set([
  'div', 'p', 'span', 'a', 'ul', 'ol', 'li', 'h2', 'h3', 'h4', 'h5', 'h6', 'slot', 'label', 'input', 'strong',
  'shn-contact-status',
]);

const SAFE_SCHEMES = ['https:', 'tel:', 'mailto:'];

/** Links whose href is anything but an absolute https:, tel: or mailto: URL. */
export function linkProblems(widget: Element): string[] {
  return shadowElements(widget)
    .filter((element): element is HTMLAnchorElement => element.localName === 'a' && element.hasAttribute('href'))
    .flatMap((link) => {
      const href = link.getAttribute('href') ?? '';
      let scheme = '';
      try {
        scheme = new URL(href).protocol;
      } catch {
        return [`a link with a relative or invalid href ${JSON.stringify(href.slice(0, 80))}`];
      }
      return SAFE_SCHEMES.includes(scheme) ? [] : [`a link with scheme ${scheme} (${JSON.stringify(href.slice(0, 80))})`];
    });
}

/** Elements, event-handler attributes or style attributes in shadow roots that the widgets never render. */
export function markupProblems(widget: Element): string[] {
  return shadowElements(widget).flatMap((element) => {
    const problems: string[] = [];
    if (!RENDERED_TAGS.has(element.localName)) problems.push(`an unexpected <${element.localName}>`);
    for (const { name } of element.attributes) {
      if (name.startsWith('on')) problems.push(`an event-handler attribute ${name} on <${element.localName}>`);
      if (name === 'style') problems.push(`a style attribute on <${element.localName}>`);
    }
    return problems;
  });
}

/** Computed style in the element's own window (the embedding tests look into iframes). */
export function styleOf(element: Element): CSSStyleDeclaration {
  return (element.ownerDocument.defaultView ?? window).getComputedStyle(element);
}

/** Relative luminance of an sRGB colour (WCAG 2). */
function luminance([r, g, b]: number[]): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** `rgb(…)`/`rgba(…)` as [r, g, b, a]; null for anything else (system colours resolve to rgb when computed). */
export function parseColor(value: string): number[] | null {
  const match = /rgba?\(([^)]+)\)/.exec(value);
  if (!match) return null;
  const parts = match[1].split(/[\s,/]+/).filter(Boolean).map(Number);
  return [parts[0], parts[1], parts[2], parts[3] ?? 1];
}

/** WCAG contrast ratio of two opaque colours. */
export function contrastRatio(a: number[], b: number[]): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** The first opaque background behind an element, walking up through shadow hosts; white at the top. */
export function backgroundBehind(element: Element): number[] {
  let node: Element | null = element;
  while (node) {
    const color = parseColor(styleOf(node).backgroundColor);
    if (color && color[3] === 1) return color;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null);
  }
  return [255, 255, 255, 1];
}

/**
 * Text in a widget's shadow roots whose contrast with its background is below WCAG AA: 4.5:1, or 3:1 for
 * large text (24 px, or 18.66 px bold). Only elements that hold text themselves are checked.
 */
export function contrastProblems(widget: Element): string[] {
  return shadowElements(widget).flatMap((element) => {
    const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');
    if (!ownText) return [];
    const style = styleOf(element);
    if (style.visibility === 'hidden' || style.display === 'none' || (element as HTMLElement).offsetWidth <= 1) return [];
    const color = parseColor(style.color);
    if (!color) return [`<${element.localName}> has a colour that cannot be read: ${style.color}`];
    const ratio = contrastRatio(color, backgroundBehind(element));
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    const needed = large ? 3 : 4.5;
    return ratio + 1e-6 < needed
      ? [`<${element.localName}> "${element.textContent!.trim().slice(0, 30)}": contrast ${ratio.toFixed(2)} < ${needed}`]
      : [];
  });
}
