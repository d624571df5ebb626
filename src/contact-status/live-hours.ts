// What <shn-contact-status> needs to say whether the line is open now: the opening-hours engine (luxon),
// Dutch-time formatting, the live status's templates and words (live-status.ts) and the timer that flips it
// (flip-timer.ts). Loaded on demand (LIVE_HOURS in live-hours-code.ts), only by a status that shows hours, so
// a page whose widgets show none validates no zone, builds no time-zone formatter and downloads none of it.
// It builds on the hours in words (hours-text.ts), which such a status loads in any case: in the CDN build
// the live-hours chunk imports the hours-text chunk.
// The zone is validated and each formatter built once per page (hours/zone-clock.ts, dutch-time.ts).
import { nextDutchMidnight } from '../hours/dutch-time.js';
import { getStatus } from '../hours/index.js';
import type { OpeningHours, OpeningStatus } from '../hours/types.js';

export { FlipTimer } from './flip-timer.js';
export { liveAnnouncement, renderLiveStatus, type LiveStatusParts, type LiveStatusState } from './live-status.js';

/** The line's status at `at` (throws on invalid hours, as the engine does). */
export function statusAt(hours: OpeningHours, at: Date): OpeningStatus {
  return getStatus(hours, at);
}

/**
 * When the text must change next: at the flip, or earlier at Dutch midnight when the text words the flip
 * relative to today ("morgen om 08:00" becomes "vandaag om 08:00").
 */
export function nextRenderAt(status: OpeningStatus, at: Date): Date | null {
  if (!status.changesAt) return null;
  const midnight = nextDutchMidnight(at);
  return midnight < status.changesAt ? midnight : status.changesAt;
}
