import { parseIsoDate } from './calendar.js';
import { mergeRanges } from './merge-ranges.js';
import { ZoneClock } from './zone-clock.js';
import { DUTCH_ZONE, type DutchHolidayId, type OpeningHours } from './types.js';

/** Minutes since local midnight, as flat [from, to, from, to, …] pairs, sorted and merged. */
export type MinuteRanges = readonly number[];

export interface DayPlan {
  /** First instant of the local day, and first instant of the next one. */
  start: number;
  end: number;
  /** Open instants as flat [start, end, …] pairs: sorted, merged, inside [start, end). */
  open: readonly number[];
  reason: 'weekly' | 'holiday' | 'exception';
  label?: string;
  holidayId?: DutchHolidayId;
}

/** A validated schedule plus its caches. */
export interface CompiledHours {
  clock: ZoneClock;
  /** Index 1–7 by ISO weekday; index 0 unused. */
  weekly: MinuteRanges[];
  closedOnHolidays: boolean;
  exceptions: Map<number, { ranges: MinuteRanges; label?: string }>;
  plans: Map<number, DayPlan>;
  /** Offset of the last day looked up; a first guess for the next lookup. */
  offsetGuess: number;
}

function quote(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    try {
      return JSON.stringify(value) ?? String(value);
    } catch {
      return String(value);
    }
  }
  return `"${String(value)}"`;
}

function invalid(problem: string): never {
  throw new TypeError(`Invalid opening hours: ${problem}`);
}

const TIME = /^(?:([01]\d|2[0-3]):([0-5]\d)|(24):(00))$/;

function minutesOf(value: unknown): number {
  const match = typeof value === 'string' ? TIME.exec(value) : null;
  if (!match) invalid(`${quote(value)} is not a time (HH:mm).`);
  return Number(match[1] ?? match[3]) * 60 + Number(match[2] ?? match[4]);
}

function compileRanges(ranges: unknown, where: string): MinuteRanges {
  if (!Array.isArray(ranges)) invalid(`${where} must be a list of { from, to } ranges, not ${quote(ranges)}.`);
  const pairs: [number, number][] = ranges.map((range: unknown) => {
    if (typeof range !== 'object' || range === null) invalid(`${quote(range)} in ${where} is not a { from, to } range.`);
    const { from, to } = range as { from?: unknown; to?: unknown };
    const start = minutesOf(from);
    const end = minutesOf(to);
    if (start >= end) invalid(`the range ${quote(from)}–${quote(to)} in ${where} does not end after it starts.`);
    return [start, end];
  });
  // Overlapping or touching ranges are one open period: no flip happens where they meet.
  return mergeRanges(pairs);
}

function compileWeekly(weekly: unknown): MinuteRanges[] {
  if (typeof weekly !== 'object' || weekly === null || Array.isArray(weekly)) {
    invalid(`"weekly" must be an object keyed by ISO weekday (1 = Monday … 7 = Sunday), not ${quote(weekly)}.`);
  }
  const days: MinuteRanges[] = Array.from({ length: 8 }, () => []);
  for (const [key, ranges] of Object.entries(weekly)) {
    if (!/^[1-7]$/.test(key)) invalid(`${quote(key)} is not a weekday (1 = Monday … 7 = Sunday).`);
    // An explicit undefined reads like a missing day: closed.
    if (ranges !== undefined) days[Number(key)] = compileRanges(ranges, `weekly[${key}]`);
  }
  return days;
}

function compileExceptions(exceptions: unknown): CompiledHours['exceptions'] {
  const byDay: CompiledHours['exceptions'] = new Map();
  if (exceptions === undefined) return byDay;
  if (!Array.isArray(exceptions)) invalid(`"exceptions" must be a list, not ${quote(exceptions)}.`);
  for (const exception of exceptions as unknown[]) {
    if (typeof exception !== 'object' || exception === null) invalid(`${quote(exception)} is not an exception.`);
    const { date, ranges, label } = exception as { date?: unknown; ranges?: unknown; label?: unknown };
    const day = typeof date === 'string' ? parseIsoDate(date) : undefined;
    if (day === undefined) invalid(`${quote(date)} is not a date (YYYY-MM-DD).`);
    if (byDay.has(day)) invalid(`${quote(date)} has more than one exception.`);
    if (label !== undefined && typeof label !== 'string') invalid(`${quote(label)} is not a label (text).`);
    byDay.set(day, { ranges: compileRanges(ranges, `the exception on ${date as string}`), label });
  }
  return byDay;
}

/** Validates a schedule into its merged form; throws a TypeError naming the first bad value. */
export function compileHours(hours: OpeningHours): CompiledHours {
  if (typeof hours !== 'object' || hours === null) invalid(`expected an object, not ${quote(hours)}.`);
  const zone = hours.zone ?? DUTCH_ZONE;
  const clock = typeof zone === 'string' ? ZoneClock.for(zone) : undefined;
  if (!clock) invalid(`${quote(zone)} is not a known time zone (IANA name such as "Europe/Amsterdam").`);
  const publicHolidays = hours.publicHolidays ?? 'closed';
  if (publicHolidays !== 'closed' && publicHolidays !== 'open') {
    invalid(`${quote(publicHolidays)} is not a publicHolidays setting ("closed" or "open").`);
  }
  return {
    clock,
    weekly: compileWeekly(hours.weekly),
    closedOnHolidays: publicHolidays === 'closed',
    exceptions: compileExceptions(hours.exceptions),
    plans: new Map(),
    offsetGuess: 0,
  };
}
