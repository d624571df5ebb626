import { civilDateOf, DAY_MS, isoWeekdayOf, MINUTE_MS } from './calendar.js';
import type { CompiledHours, DayPlan, MinuteRanges } from './compile.js';
import { dayOffOn } from './holidays.js';
import { mergeRanges } from './merge-ranges.js';

const CLOSED: MinuteRanges = [];
const MAX_CACHED_PLANS = 4_000;

/** Turns one local day's minute ranges into open instants. */
function buildPlan(hours: CompiledHours, epochDay: number): DayPlan {
  const { clock } = hours;
  const start = clock.dayStart(epochDay);
  const end = clock.dayStart(epochDay + 1);
  const midnight = epochDay * DAY_MS;

  let ranges: MinuteRanges;
  let plan: Omit<DayPlan, 'open'>;
  const exception = hours.exceptions.get(epochDay);
  const dayOff = exception || !hours.closedOnHolidays ? undefined : dayOffOn(epochDay, civilDateOf(epochDay).year);
  if (exception) {
    ranges = exception.ranges;
    plan = { start, end, reason: 'exception', label: exception.label };
  } else if (dayOff) {
    ranges = CLOSED;
    plan = { start, end, reason: 'holiday', label: dayOff.nl, holidayId: dayOff.id };
  } else {
    ranges = hours.weekly[isoWeekdayOf(epochDay)];
    plan = { start, end, reason: 'weekly' };
  }

  const instant = (minutes: number) =>
    minutes === 0 ? start : minutes === 1440 ? end : clock.toInstant(midnight + minutes * MINUTE_MS);
  const pairs: [number, number][] = [];
  for (let i = 0; i < ranges.length; i += 2) {
    // Clipped to the day, so a pushed-forward wall time can never spill into the next day.
    const from = Math.max(start, instant(ranges[i]));
    const to = Math.min(end, instant(ranges[i + 1]));
    if (from < to) pairs.push([from, to]);
  }
  // A skipped wall time is pushed forward, so resolved ranges can overlap even when the wall times did not.
  return { ...plan, open: mergeRanges(pairs) };
}

/** The (cached) plan of a local calendar day. */
export function planFor(hours: CompiledHours, epochDay: number): DayPlan {
  let plan = hours.plans.get(epochDay);
  if (!plan) {
    plan = buildPlan(hours, epochDay);
    if (hours.plans.size >= MAX_CACHED_PLANS) hours.plans.clear();
    hours.plans.set(epochDay, plan);
  }
  return plan;
}

/** The local day an instant falls on, with its plan. */
export function locate(hours: CompiledHours, instant: number): { epochDay: number; plan: DayPlan } {
  let epochDay = Math.floor((instant + hours.offsetGuess) / DAY_MS);
  let plan = planFor(hours, epochDay);
  while (instant < plan.start) plan = planFor(hours, --epochDay);
  while (instant >= plan.end) plan = planFor(hours, ++epochDay);
  // Near the ends of the Date range a day start can be NaN; keep the old guess then.
  const offset = epochDay * DAY_MS - plan.start;
  if (Number.isFinite(offset)) hours.offsetGuess = offset;
  return { epochDay, plan };
}
