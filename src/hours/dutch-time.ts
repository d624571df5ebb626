import { DAY_MS, MINUTE_MS } from './calendar.js';
import { DUTCH_ZONE } from './types.js';
import { ZoneClock } from './zone-clock.js';
import { INTL_LOCALE, type Locale } from '../core/locale.js';

/** Every time the widgets show is Dutch time, whatever the visitor's zone. */
export const DUTCH_TIME_ZONE = DUTCH_ZONE;

// The opening-hours engine's zone arithmetic: one source of offsets and day starts for the widgets. Made on
// first use, not when this module is evaluated, and then shared by every element on the page (validating the
// zone builds an Intl.DateTimeFormat, which is slow on a cheap phone).
let zoneClock: ZoneClock | undefined;
const dutchClock = (): ZoneClock => (zoneClock ??= ZoneClock.for(DUTCH_TIME_ZONE)!);

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, options: Intl.DateTimeFormatOptions, zone = DUTCH_TIME_ZONE): Intl.DateTimeFormat {
  const key = `${locale}|${zone}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: zone, ...options });
    formatters.set(key, format);
  }
  return format;
}

/** "20:00" in Dutch time, 24-hour clock in both languages (as the factsheet writes hours). */
export function formatDutchClock(instant: Date, locale: Locale): string {
  return formatter(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);
}

/** "maandag" / "Monday" in Dutch time. */
export function formatDutchWeekday(instant: Date, locale: Locale): string {
  return formatter(locale, { weekday: 'long' }).format(instant);
}

/** "maandag 4 januari" / "Monday 4 January" in Dutch time. */
export function formatDutchDate(instant: Date, locale: Locale): string {
  return formatter(locale, { weekday: 'long', day: 'numeric', month: 'long' }).format(instant);
}

/** "2026": the year in Dutch time. */
export function formatDutchYear(instant: Date): string {
  return formatter('nl', { year: 'numeric' }).format(instant);
}

const HOUR = 3_600_000;
// Since 1946 Dutch clocks differ from UTC by whole hours and change on the hour, so the Dutch offset holds
// for a whole UTC hour. A page with 200 widgets asks about the same few hours: remember them per hour
// (each look-up formats the instant in the zone, about 20 µs).
const WHOLE_HOURS_SINCE = Date.UTC(1946, 0, 1);
const offsetPerHour = new Map<number, number>();

/** The Dutch UTC offset in ms at an instant. */
function dutchOffset(instant: Date): number {
  const time = instant.getTime();
  if (!(time >= WHOLE_HOURS_SINCE)) return dutchClock().offsetAt(time);
  const hour = Math.floor(time / HOUR);
  let offset = offsetPerHour.get(hour);
  if (offset === undefined) {
    if (offsetPerHour.size >= 1000) offsetPerHour.clear();
    offset = dutchClock().offsetAt(time);
    offsetPerHour.set(hour, offset);
  }
  return offset;
}

/** The Dutch calendar date of an instant as a day number, so two instants can be compared by date. */
function dutchDayNumber(instant: Date): number {
  return Math.floor((instant.getTime() + dutchOffset(instant)) / DAY_MS);
}

/** Calendar days between two instants in Dutch time: 0 = same day, 1 = tomorrow. */
export function dutchDaysBetween(from: Date, to: Date): number {
  return dutchDayNumber(to) - dutchDayNumber(from);
}

// Resolving the default zone builds a new Intl.DateTimeFormat, which costs about 0.4 ms in Chromium: more than
// the rest of a render. It is kept until the machine's UTC offset changes (a laptop that travelled).
let visitorZone: { zone: string; offset: number } | undefined;

/** The zone the visitor's browser is in. */
export function visitorTimeZone(): string {
  const offset = new Date().getTimezoneOffset();
  if (!visitorZone || visitorZone.offset !== offset) {
    visitorZone = { zone: Intl.DateTimeFormat().resolvedOptions().timeZone ?? DUTCH_TIME_ZONE, offset };
  }
  return visitorZone.zone;
}

/** Offset from UTC in minutes of `zone` at `instant` (an unknown zone counts as Dutch: no note). */
function offsetMinutes(instant: Date, zone: string): number {
  if (zone === DUTCH_TIME_ZONE) return dutchOffset(instant) / MINUTE_MS;
  // The browser's own zone: the Date object knows its offset without Intl.
  if (zone === visitorTimeZone()) return -instant.getTimezoneOffset();
  return (ZoneClock.for(zone) ?? dutchClock()).offsetAt(instant.getTime()) / MINUTE_MS;
}

/**
 * True when the visitor's clock shows another time than Dutch clocks at any of these instants, so the text
 * must say "Nederlandse tijd". A visitor in Brussels needs no note; one in London or New York does.
 */
export function visitorClockDiffers(instants: readonly Date[], zone = visitorTimeZone()): boolean {
  if (zone === DUTCH_TIME_ZONE) return false;
  return instants.some((instant) => offsetMinutes(instant, zone) !== offsetMinutes(instant, DUTCH_TIME_ZONE));
}

/**
 * The first midnight in Dutch time after `instant`: the moment "vandaag" and "morgen" change meaning, so an
 * element that words a time relative to today must render again then.
 */
export function nextDutchMidnight(instant: Date): Date {
  return new Date(dutchClock().dayStart(dutchDayNumber(instant) + 1));
}
