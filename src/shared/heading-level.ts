import { literal, type StaticValue } from 'lit/static-html.js';
import { warnBadInput } from './warn.js';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

// Fixed tag literals: the tag is chosen from this map, never built from input.
const TAGS: Record<HeadingLevel, StaticValue> = {
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
};

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

export function headingTag(level: HeadingLevel): StaticValue {
  return TAGS[level];
}
