/**
 * An attribute's value as text. Attributes arrive as strings, but plain JavaScript, or a framework that sets
 * properties (React 19, @lit/react), may set anything: null and undefined read as empty, an array as a
 * comma-separated list, and a value that cannot become text (an object without a prototype, a throwing
 * toString) as empty. Never throws.
 */
export function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value == null) return '';
  try {
    return Array.isArray(value) ? value.map(asText).join(',') : String(value);
  } catch {
    return '';
  }
}
