import { expect } from '@open-wc/testing';

/**
 * The accessible name of a link as assistive technology computes it for these links (accname 1.2, steps
 * for an `<a>`): aria-labelledby, else aria-label, else its text content. The widgets' links carry no ARIA
 * naming, so a mistake there (an aria-label "112" or "link") shows up here.
 */
export function accessibleName(link: HTMLAnchorElement): string {
  const root = link.getRootNode() as Document | ShadowRoot;
  const labelledBy = link.getAttribute('aria-labelledby');
  if (labelledBy) {
    return labelledBy
      .split(/\s+/)
      .map((id) => root.getElementById?.(id)?.textContent ?? '')
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
  }
  const label = link.getAttribute('aria-label');
  if (label && label.trim() !== '') return label.trim();
  return (link.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Every `tel:112` link in an element's shadow root, nested shadow roots included. */
export function emergencyLinks(element: Element): HTMLAnchorElement[] {
  const found: HTMLAnchorElement[] = [];
  const visit = (root: ParentNode) => {
    for (const node of Array.from(root.querySelectorAll('*'))) {
      if (node instanceof HTMLAnchorElement && node.getAttribute('href') === 'tel:112') found.push(node);
      if (node.shadowRoot) visit(node.shadowRoot);
    }
  };
  if (element.shadowRoot) visit(element.shadowRoot);
  return found;
}

const EXPECTED = {
  nl: { sentence: 'Bij direct gevaar: bel 112.', name: 'bel 112' },
  en: { sentence: 'In immediate danger: call 112.', name: 'call 112' },
} as const;

/**
 * Asserts the element shows the 112 line exactly once: the sentence as text, a `tel:112` link whose
 * accessible name says what it does, visible and at least 44 × 44 px like every other link.
 */
export function expectDangerLine(element: Element, lang: 'nl' | 'en' = 'nl'): void {
  const links = emergencyLinks(element);
  expect(links, 'one tel:112 link').to.have.length(1);
  const [link] = links;
  const line = link.closest('[part~="danger"]');
  expect(line, 'the link sits in the danger line').not.to.equal(null);
  expect((line!.textContent ?? '').replace(/\s+/g, ' ').trim()).to.equal(EXPECTED[lang].sentence);
  expect(link.getAttribute('href')).to.equal('tel:112');
  expect(accessibleName(link)).to.equal(EXPECTED[lang].name);
  const box = link.getBoundingClientRect();
  expect(box.height, 'target height').to.be.at.least(44);
  expect(box.width, 'target width').to.be.at.least(44);
}

/** Asserts the element shows no 112 line (nested shadow roots included). */
export function expectNoDangerLine(element: Element): void {
  expect(emergencyLinks(element), 'no tel:112 link').to.have.length(0);
}
