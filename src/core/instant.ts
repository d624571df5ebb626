/**
 * Reads a `now` attribute: an ISO 8601 instant with a date and a time, such as 2026-04-27T10:00:00+02:00.
 * Anything else (a bare date, free text, an impossible date, a non-string set from JavaScript) gives null,
 * so the caller can warn and fall back. Never throws.
 */
export function parseInstant(value: unknown): Date | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text)) return null;
  const at = new Date(text);
  return Number.isNaN(at.getTime()) ? null : at;
}

/** What a warning about a bad `now` tells the author to write instead. */
export const INSTANT_HINT = 'Expected an ISO 8601 instant such as 2026-04-27T10:00:00+02:00.';
