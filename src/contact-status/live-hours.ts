// What <shn-contact-status> needs to say whether the line is open now: the opening-hours engine (luxon),
// Dutch-time formatting, the live status's templates and words (live-status.ts) and the timer that flips it
// (flip-timer.ts, live-tracker.ts). Loaded on demand (LIVE_HOURS in live-hours-code.ts), only by a status that shows hours, so
// a page whose widgets show none validates no zone, builds no time-zone formatter and downloads none of it.
// It builds on the hours in words (hours-text.ts), which such a status loads in any case: in the CDN build
// the live-hours chunk imports the hours-text chunk.
// The zone is validated and each formatter built once per page (hours/zone-clock.ts, dutch-time.ts).
import { PROFESSIONAL_LINE_HOURS } from '../content/professional-line.js';
import { getStatus } from '../hours/index.js';
import type { OpeningHours, OpeningStatus } from '../hours/types.js';

export { LiveTracker, type Flip } from './live-tracker.js';
export { renderLiveStatus, type LiveStatusParts, type LiveStatusState } from './live-status.js';

/** Each hours object with `public-holidays` applied, once: the engine caches its work per object. */
const withHolidays = new WeakMap<OpeningHours, Partial<Record<'closed' | 'open', OpeningHours>>>();

/**
 * The line's status at `at`, for `hours` (unset: the professional line's, PROFESSIONAL_LINE_HOURS) with
 * `public-holidays` applied. Hours the engine rejects are reported through `warn`, with the engine's message,
 * and the professional line's hours are used instead.
 */
export function statusFor(hours: OpeningHours | undefined, publicHolidays: 'closed' | 'open', at: Date, warn: (message: string) => void): OpeningStatus {
  const source = hours ?? PROFESSIONAL_LINE_HOURS;
  let applied = withHolidays.get(source);
  if (!applied) withHolidays.set(source, (applied = {}));
  const effective = (applied[publicHolidays] ??= { ...source, publicHolidays });
  try {
    return getStatus(effective, at);
  } catch (error) {
    warn((error as Error).message);
    return statusFor(undefined, publicHolidays, at, warn);
  }
}
