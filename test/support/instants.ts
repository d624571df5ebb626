/**
 * The instants the tests freeze the clock at (as `now` attributes or fake timers), in the week of Monday
 * 30 November 2026, Dutch time (UTC+1). The professional line is open Mon–Fri 08:00–20:00, Sat 10:00–17:00.
 */

/** Tuesday 1 December 2026, 10:00: the professional line is open. */
export const TUESDAY_10 = '2026-12-01T10:00:00+01:00';
/** Tuesday 1 December 2026, 21:00: closed, opens tomorrow at 08:00. */
export const TUESDAY_21 = '2026-12-01T21:00:00+01:00';
/** Friday 4 December 2026, 07:00: closed, opens today at 08:00. */
export const FRIDAY_07 = '2026-12-04T07:00:00+01:00';
/** Friday 4 December 2026, 21:00: closed, opens on Saturday at 10:00. */
export const FRIDAY_21 = '2026-12-04T21:00:00+01:00';
/** Saturday 5 December 2026, 18:30: closed, opens on Monday at 08:00. */
export const SATURDAY_1830 = '2026-12-05T18:30:00+01:00';
/** Sunday 6 December 2026, 12:00: closed all day. */
export const SUNDAY_12 = '2026-12-06T12:00:00+01:00';
/** King's Day, Monday 27 April 2026, 11:00 (summer time): a public holiday, closed by default. */
export const KINGS_DAY_2026 = '2026-04-27T11:00:00+02:00';
