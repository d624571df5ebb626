// What <shn-contact-status> needs to say whether the line is open now: the opening-hours engine (luxon) and
// Dutch-time formatting. Loaded on demand (LIVE_HOURS in live-hours-code.ts), only by a status that shows
// hours, so a page whose widgets show none validates no zone, builds no time-zone formatter and downloads none
// of it. The zone is validated and each formatter built once per page (hours/zone-clock.ts, dutch-time.ts).
import type { Locale } from '../core/locale.js';
import {
  dutchDaysBetween,
  formatDutchClock,
  formatDutchDate,
  formatDutchWeekday,
  formatDutchYear,
  nextDutchMidnight,
  visitorClockDiffers,
} from '../hours/dutch-time.js';
import { dutchHolidays, getStatus } from '../hours/index.js';
import type { OpeningHours, OpeningStatus } from '../hours/types.js';
import type { When } from './contact-status.strings.js';

/** The line's status at `at` (throws on invalid hours, as the engine does). */
export function statusAt(hours: OpeningHours, at: Date): OpeningStatus {
  return getStatus(hours, at);
}

/** An instant in the words the strings need: days from `at`, clock, weekday and date, all in Dutch time. */
export function when(instant: Date, at: Date, locale: Locale): When {
  return {
    days: dutchDaysBetween(at, instant),
    clock: formatDutchClock(instant, locale),
    weekday: formatDutchWeekday(instant, locale),
    date: formatDutchDate(instant, locale),
  };
}

/** Why the line is closed today, in `locale`: the exception's label or the holiday's name; undefined for the weekly schedule. */
export function closedLabel(status: OpeningStatus, at: Date, locale: Locale): string | undefined {
  if (status.reason === 'exception') return status.label;
  if (status.reason !== 'holiday') return undefined;
  if (locale === 'nl' || !status.holidayId) return status.label;
  // The engine names holidays in Dutch; look up the English name of the same holiday.
  const year = Number(formatDutchYear(at));
  return dutchHolidays(year).find((holiday) => holiday.id === status.holidayId)?.name.en ?? status.label;
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

/** True when the visitor's clock differs from Dutch clocks at these instants: the text then says "Dutch time". */
export function needsDutchTimeNote(at: Date, status: OpeningStatus): boolean {
  return visitorClockDiffers(status.changesAt ? [at, status.changesAt] : [at]);
}
