import { compileHours, type CompiledHours, type DayPlan } from './compile.js';
import type { OpeningHours } from './types.js';

// Schedules are treated as immutable: the validated form is cached per object.
const byObject = new WeakMap<object, CompiledHours>();

// Callers often spread a fresh object per call ({ ...hours, publicHolidays }). It shares its `weekly`
// object with the one compiled before, so a second cache keyed on `weekly` finds it without validating again.
interface Variant {
  zone: unknown;
  publicHolidays: unknown;
  exceptions: unknown;
  compiled: CompiledHours;
}
const byWeekly = new WeakMap<object, Variant[]>();
const MAX_VARIANTS = 8;

// Equal schedules built from scratch share their day plans (the costly part), keyed by their validated form.
const plansBySchedule = new Map<string, Map<number, DayPlan>>();
const MAX_SHARED_SCHEDULES = 64;

function sharedPlans(hours: OpeningHours, compiled: CompiledHours): Map<number, DayPlan> {
  const key = JSON.stringify([hours.zone, compiled.closedOnHolidays, compiled.weekly, [...compiled.exceptions]]);
  let plans = plansBySchedule.get(key);
  if (!plans) {
    if (plansBySchedule.size >= MAX_SHARED_SCHEDULES) plansBySchedule.clear();
    plans = compiled.plans;
    plansBySchedule.set(key, plans);
  }
  return plans;
}

function sameVariant(variant: Variant, hours: OpeningHours): boolean {
  return variant.zone === hours.zone && variant.publicHolidays === hours.publicHolidays && variant.exceptions === hours.exceptions;
}

/** The validated form of a schedule, from cache when possible; throws a TypeError naming the first bad value. */
export function compile(hours: OpeningHours): CompiledHours {
  let compiled = typeof hours === 'object' && hours !== null ? byObject.get(hours) : undefined;
  if (compiled) return compiled;
  const { weekly } = (hours ?? {}) as Partial<OpeningHours>;
  const variants = typeof weekly === 'object' && weekly !== null ? byWeekly.get(weekly) : undefined;
  compiled = variants?.find((variant) => sameVariant(variant, hours))?.compiled;
  if (!compiled) {
    compiled = compileHours(hours);
    compiled.plans = sharedPlans(hours, compiled);
    const list = variants ?? [];
    if (list.length >= MAX_VARIANTS) list.shift();
    list.push({ zone: hours.zone, publicHolidays: hours.publicHolidays, exceptions: hours.exceptions, compiled });
    byWeekly.set(hours.weekly, list);
  }
  byObject.set(hours, compiled);
  return compiled;
}
