import { DAY_MS } from './calendar.js';
import type { CompiledHours, DayPlan } from './compile.js';
import { compile } from './schedule-cache.js';
import { locate, planFor } from './day-plan.js';
import type { OpeningHours, OpeningStatus } from './types.js';

/** How far ahead changesAt and nextOpening look. */
const LOOKAHEAD_MS = 366 * DAY_MS;
/** Local days to walk at most; a bound that holds even where instants stop being representable. */
const LOOKAHEAD_DAYS = 368;

function instantOf(at: unknown): number {
  // The tag check also accepts a Date made in another frame, where instanceof fails.
  const isDate = at instanceof Date || Object.prototype.toString.call(at) === '[object Date]';
  const ms = isDate ? Date.prototype.getTime.call(at) : NaN;
  if (Number.isNaN(ms)) throw new TypeError(`Invalid date: "${String(at)}" is not a valid Date.`);
  return ms;
}

/** Index of the open pair containing the instant, or -1 when closed. */
function openPairAt(plan: DayPlan, instant: number): number {
  const { open } = plan;
  for (let i = 0; i < open.length; i += 2) {
    if (instant < open[i]) return -1;
    if (instant < open[i + 1]) return i;
  }
  return -1;
}

/**
 * When the open period holding open[pair] of this day really ends. A period that runs to 24:00 carries on
 * when the next day opens at 00:00, so that midnight is no flip.
 */
function closingAfter(hours: CompiledHours, epochDay: number, plan: DayPlan, pair: number, limit: number): number | null {
  let end = plan.open[pair + 1];
  let day = epochDay;
  let current = plan;
  while (end <= limit && day <= epochDay + LOOKAHEAD_DAYS) {
    if (end < current.end) return end;
    current = planFor(hours, ++day);
    if (current.start === current.end) continue; // a day a zone skipped (Samoa, 30 December 2011)
    if (current.open.length === 0 || current.open[0] !== current.start) return end;
    end = current.open[1];
  }
  return null;
}

/** The first opening strictly after a closed instant. */
function openingAfter(hours: CompiledHours, epochDay: number, plan: DayPlan, instant: number, limit: number): number | null {
  let day = epochDay;
  let current = plan;
  while (day <= epochDay + LOOKAHEAD_DAYS) {
    for (let i = 0; i < current.open.length; i += 2) {
      if (current.open[i] > instant) return current.open[i] <= limit ? current.open[i] : null;
    }
    if (current.end > limit) return null;
    current = planFor(hours, ++day);
  }
  return null;
}

/**
 * Whether a schedule is open at an instant (default: now), why, and when that next changes.
 * Answers the same in every runtime zone. Throws a TypeError naming the bad value when the schedule or
 * the date is invalid.
 */
export function getStatus(hours: OpeningHours, at: Date = new Date()): OpeningStatus {
  const compiled = compile(hours);
  const instant = instantOf(at);
  const { epochDay, plan } = locate(compiled, instant);
  const pair = openPairAt(plan, instant);
  const limit = instant + LOOKAHEAD_MS;
  const flip =
    pair >= 0
      ? closingAfter(compiled, epochDay, plan, pair, limit)
      : openingAfter(compiled, epochDay, plan, instant, limit);
  const status: OpeningStatus = { open: pair >= 0, changesAt: flip === null ? null : new Date(flip), reason: plan.reason };
  if (plan.label !== undefined) status.label = plan.label;
  if (plan.holidayId !== undefined) status.holidayId = plan.holidayId;
  return status;
}

/**
 * The next instant the schedule opens, within 366 days of `at` (default: now); null when it does not.
 * When open at `at`, this is the opening after the current open period has closed.
 */
export function nextOpening(hours: OpeningHours, at: Date = new Date()): Date | null {
  const compiled = compile(hours);
  const instant = instantOf(at);
  const limit = instant + LOOKAHEAD_MS;
  let { epochDay, plan } = locate(compiled, instant);
  let from = instant;
  const pair = openPairAt(plan, instant);
  if (pair >= 0) {
    const closing = closingAfter(compiled, epochDay, plan, pair, limit);
    if (closing === null) return null;
    ({ epochDay, plan } = locate(compiled, closing));
    from = closing;
  }
  const opening = openingAfter(compiled, epochDay, plan, from, limit);
  return opening === null ? null : new Date(opening);
}

/** Checks a schedule once (and caches it), throwing the TypeError getStatus would throw. */
export function validateOpeningHours(hours: OpeningHours): void {
  compile(hours);
}
