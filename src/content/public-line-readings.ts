// The readings of the residents' line apart from their sources and words (public-line.ts): every status
// checks its `public-line` against these, while only a status that shows hours says the crisis sentence.

/**
 * How the residents' line (0900-0101 for victims, witnesses and bereaved) is read. The sources conflict
 * (FACTS.md):
 * - `always`: the factsheet (2023, the organisation's own and newer) says victims, witnesses and bereaved
 *   can contact Slachtofferhulp 24/7. The default.
 * - `office-hours`: Omroep West (June 2021) says the line is reachable Mon–Fri 08:00–20:00 and Sat
 *   10:00–17:00; politie.nl (undated) says that in crisis situations the line is also open outside office
 *   hours.
 */
export type PublicLineReading = 'always' | 'office-hours';

/** Both readings, the default first. */
export const PUBLIC_LINE_READINGS: readonly PublicLineReading[] = Object.freeze(['always', 'office-hours'] as const);
