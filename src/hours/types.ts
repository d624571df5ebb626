/** ISO weekday: Monday = 1 … Sunday = 7. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/**
 * One opening period on a local calendar day, in the schedule's zone.
 * `from` and `to` are 'HH:mm' (24-hour clock); `to` must be later than `from`; `to` may be '24:00'.
 * The period is open from `from` (inclusive) until `to` (exclusive).
 */
export interface TimeRange {
  from: string;
  to: string;
}

/** A one-day override: on `date` (local 'YYYY-MM-DD') these ranges replace the weekly ones; `[]` means closed. */
export interface OpeningException {
  date: string;
  ranges: TimeRange[];
  /** Shown to users as the reason, e.g. "Studiedag". */
  label?: string;
}

/**
 * A weekly schedule with Dutch public holidays and one-off exceptions.
 * The engine caches its parsed form per object: treat an object you have passed in as read-only
 * (make a new object to change the hours).
 */
export interface OpeningHours {
  /** IANA time zone the times are in; default 'Europe/Amsterdam'. */
  zone?: string;
  /** Opening ranges per ISO weekday; a missing day is closed. */
  weekly: Partial<Record<IsoWeekday, TimeRange[]>>;
  /** 'closed' (default): closed on Dutch holidays that are commonly a day off. 'open': holidays follow `weekly`. */
  publicHolidays?: 'closed' | 'open';
  /** One-day overrides; at most one per date. They win over holidays and the weekly schedule. */
  exceptions?: OpeningException[];
}

/** What a schedule says at one instant. */
export interface OpeningStatus {
  open: boolean;
  /** The next instant the state flips (open ↔ closed); null when it does not flip within 366 days. */
  changesAt: Date | null;
  /** Which rule decided the local date of the instant. */
  reason: 'weekly' | 'holiday' | 'exception';
  /** The exception's label, or the holiday's Dutch name. */
  label?: string;
  /** When `reason` is 'holiday': the holiday id, so a UI can show the English name too. */
  holidayId?: DutchHolidayId;
}

export type DutchHolidayId =
  | 'new-years-day'
  | 'good-friday'
  | 'easter-sunday'
  | 'easter-monday'
  | 'kings-day'
  | 'liberation-day'
  | 'ascension-day'
  | 'whit-sunday'
  | 'whit-monday'
  | 'christmas-day'
  | 'boxing-day';

/** A Dutch public holiday on a calendar date. */
export interface DutchHoliday {
  /** 'YYYY-MM-DD'. */
  date: string;
  id: DutchHolidayId;
  name: { nl: string; en: string };
  /** Whether most employers give the day off (collective agreements, not law). */
  commonDayOff: boolean;
}

/** The zone the widgets' hours are in unless a schedule says otherwise. */
export const DUTCH_ZONE = 'Europe/Amsterdam';
