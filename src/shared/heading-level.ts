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

/** Parses `heading-level`; anything but 2–6 warns once and falls back. */
export function headingLevel(owner: HTMLElement, value: string | null | undefined, fallback: HeadingLevel): HeadingLevel {
  if (value == null || value === '') return fallback;
  const level = Number(value);
  if (Number.isInteger(level) && level >= 2 && level <= 6 && /^\s*\d\s*$/.test(value)) return level as HeadingLevel;
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
