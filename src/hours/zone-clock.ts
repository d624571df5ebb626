import { IANAZone } from 'luxon';
import { DAY_MS, MINUTE_MS } from './calendar.js';

/**
 * Converts between instants and local wall time in one IANA zone, to the millisecond, without
 * depending on the machine's zone. "Local ms" below means wall time written as if it were UTC:
 * epochDay * DAY_MS + milliseconds since local midnight.
 */
export class ZoneClock {
  private static readonly clocks = new Map<string, ZoneClock>();

  /** The clock for a zone name, or undefined when the runtime does not know the zone. */
  static for(name: string): ZoneClock | undefined {
    let clock = ZoneClock.clocks.get(name);
    if (!clock) {
      if (!IANAZone.isValidZone(name)) return undefined;
      clock = new ZoneClock(IANAZone.create(name));
      ZoneClock.clocks.set(name, clock);
    }
    return clock;
  }

  private readonly dayStarts = new Map<number, number>();

  private constructor(private readonly zone: IANAZone) {}

  /** UTC offset in ms at an instant (whole seconds: Amsterdam was +00:19:32 until 1937). */
  offsetAt(instant: number): number {
    return Math.round(this.zone.offset(instant) * MINUTE_MS);
  }

  /**
   * The instant a local wall time happens.
   * - Repeated wall time (clocks go back): the earlier instant, i.e. the offset in force before the change
   *   (02:30 on the last Sunday of October in Amsterdam is 02:30+02:00).
   * - Skipped wall time (clocks go forward): pushed forward by the length of the gap, as luxon does
   *   (02:30 on the last Sunday of March in Amsterdam becomes 03:30+02:00).
   * Assumes at most one offset change within a day either side, which holds for every real zone.
   */
  toInstant(localMs: number): number {
    const offsetBefore = this.offsetAt(localMs - DAY_MS);
    const offsetAfter = this.offsetAt(localMs + DAY_MS);
    const withBefore = localMs - offsetBefore;
    const withAfter = localMs - offsetAfter;
    const beforeFits = this.offsetAt(withBefore) === offsetBefore;
    const afterFits = offsetAfter !== offsetBefore && this.offsetAt(withAfter) === offsetAfter;
    if (beforeFits && afterFits) return Math.min(withBefore, withAfter);
    if (afterFits) return withAfter;
    // Either the plain case (beforeFits) or a gap: keeping the old offset moves the time forward by the gap.
    return withBefore;
  }

  /** The first instant of a local calendar day. */
  dayStart(epochDay: number): number {
    let start = this.dayStarts.get(epochDay);
    if (start === undefined) {
      start = this.toInstant(epochDay * DAY_MS);
      // Bounded so a long-running page that asks about many years does not grow without limit.
      if (this.dayStarts.size >= 20_000) this.dayStarts.clear();
      this.dayStarts.set(epochDay, start);
    }
    return start;
  }
}
