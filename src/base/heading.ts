import { html, type TemplateResult } from 'lit';
import { warnBadInput } from '../core/warn.js';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** A heading level as a property takes it: a number from JavaScript, or its digit from the attribute. */
export type HeadingLevelInput = HeadingLevel | `${HeadingLevel}`;

/**
 * Parses `heading-level`; anything but 2–6 warns once and falls back. The property may also be set from
 * JavaScript, so a number is read as its digits and any other non-string warns instead of throwing.
 */
export function headingLevel(owner: HTMLElement, value: unknown, fallback: HeadingLevel): HeadingLevel {
  if (value == null || value === '') return fallback;
  const text = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
  const level = Number(text);
  if (Number.isInteger(level) && level >= 2 && level <= 6 && /^\s*\d\s*$/.test(text)) return level as HeadingLevel;
  warnBadInput(owner, {
    source: owner.localName,
    attribute: 'heading-level',
    value,
    fallback: `using ${fallback}`,
    hint: 'Valid: 2, 3, 4, 5, 6.',
  });
  return fallback;
}

/**
 * The element's heading at `level`: `<hN class="heading" part="heading" id="heading">` around the
 * `heading` slot, with `text` as the slot's fallback content. One fixed template per level, so the tag is
 * never built from input (and no lit/static-html is needed, which would add its own code to every page).
 */
export function renderHeading(level: HeadingLevel, text: unknown): TemplateResult {
  const slot = html`<slot name="heading">${text}</slot>`;
  switch (level) {
    case 3:
      return html`<h3 class="heading" part="heading" id="heading">${slot}</h3>`;
    case 4:
      return html`<h4 class="heading" part="heading" id="heading">${slot}</h4>`;
    case 5:
      return html`<h5 class="heading" part="heading" id="heading">${slot}</h5>`;
    case 6:
      return html`<h6 class="heading" part="heading" id="heading">${slot}</h6>`;
    default:
      return html`<h2 class="heading" part="heading" id="heading">${slot}</h2>`;
  }
}
