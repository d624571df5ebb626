import { civilDateOf, epochDayOf, formatIsoDate, isoWeekdayOf } from './calendar.js';
import type { DutchHoliday, DutchHolidayId } from './types.js';

/** Years the Gregorian rules (and 4-digit 'YYYY-MM-DD' dates) cover. */
export const FIRST_HOLIDAY_YEAR = 1583;
export const LAST_HOLIDAY_YEAR = 9999;

/**
 * Easter Sunday by the anonymous Gregorian (Meeus/Jones/Butcher) algorithm.
 * Returns the epoch day.
 */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return epochDayOf(year, month, day);
}

interface HolidayDay {
  epochDay: number;
  id: DutchHolidayId;
  nl: string;
  en: string;
  commonDayOff: boolean;
}

const SUNDAY = 7;

/**
 * The day the monarch's birthday is celebrated. Modelled history (see README):
 * 2014 on: Koningsdag 27 April, Saturday 26 April when the 27th is a Sunday;
 * 1949–2013: Koninginnedag 30 April, on Sunday moved to Monday 1 May (until 1979) or Saturday 29 April (1980 on);
 * 1891–1948: Koninginnedag 31 August (a Sunday move in that era is not modelled);
 * before 1891: none.
 */
function sovereignsDay(year: number): HolidayDay | undefined {
  const day = (month: number, date: number) => epochDayOf(year, month, date);
  if (year >= 2014) {
    const birthday = day(4, 27);
    const epochDay = isoWeekdayOf(birthday) === SUNDAY ? birthday - 1 : birthday;
    return { epochDay, id: 'kings-day', nl: 'Koningsdag', en: "King's Day", commonDayOff: true };
  }
  const queen = (epochDay: number): HolidayDay => ({
    epochDay,
    id: 'kings-day',
    nl: 'Koninginnedag',
    en: "Queen's Day",
    commonDayOff: true,
  });
  if (year >= 1949) {
    const birthday = day(4, 30);
    if (isoWeekdayOf(birthday) !== SUNDAY) return queen(birthday);
    return queen(year < 1980 ? birthday + 1 : birthday - 1);
  }
  if (year >= 1891) return queen(day(8, 31));
  return undefined;
}

function holidayDays(year: number): HolidayDay[] {
  const easter = easterSunday(year);
  const fixed = (month: number, date: number) => epochDayOf(year, month, date);
  const days: (HolidayDay | undefined)[] = [
    { epochDay: fixed(1, 1), id: 'new-years-day', nl: 'Nieuwjaarsdag', en: "New Year's Day", commonDayOff: true },
    // A legal holiday, but most collective agreements do not give the day off (FACTS.md).
    { epochDay: easter - 2, id: 'good-friday', nl: 'Goede Vrijdag', en: 'Good Friday', commonDayOff: false },
    { epochDay: easter, id: 'easter-sunday', nl: 'Eerste Paasdag', en: 'Easter Sunday', commonDayOff: true },
    { epochDay: easter + 1, id: 'easter-monday', nl: 'Tweede Paasdag', en: 'Easter Monday', commonDayOff: true },
    sovereignsDay(year),
    // Celebrated on 5 May since 1946; a day off for most only in lustrum years (FACTS.md).
    year >= 1946
      ? { epochDay: fixed(5, 5), id: 'liberation-day', nl: 'Bevrijdingsdag', en: 'Liberation Day', commonDayOff: year % 5 === 0 }
      : undefined,
    { epochDay: easter + 39, id: 'ascension-day', nl: 'Hemelvaartsdag', en: 'Ascension Day', commonDayOff: true },
    { epochDay: easter + 49, id: 'whit-sunday', nl: 'Eerste Pinksterdag', en: 'Whit Sunday', commonDayOff: true },
    { epochDay: easter + 50, id: 'whit-monday', nl: 'Tweede Pinksterdag', en: 'Whit Monday', commonDayOff: true },
    { epochDay: fixed(12, 25), id: 'christmas-day', nl: 'Eerste Kerstdag', en: 'Christmas Day', commonDayOff: true },
    {
      epochDay: fixed(12, 26),
      id: 'boxing-day',
      nl: 'Tweede Kerstdag',
      en: 'Boxing Day',
      commonDayOff: true,
    },
  ];
  // Array sort is stable, so two holidays on one date (Ascension on 5 May) keep the order above.
  return days.filter((day): day is HolidayDay => day !== undefined).sort((a, b) => a.epochDay - b.epochDay);
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < FIRST_HOLIDAY_YEAR || year > LAST_HOLIDAY_YEAR) {
    throw new TypeError(
      `dutchHolidays: "${String(year)}" is not a supported year (a whole number from ${FIRST_HOLIDAY_YEAR} to ${LAST_HOLIDAY_YEAR}).`,
    );
  }
}

/**
 * The Dutch public holidays of a year, sorted by date, each flagged with whether it is commonly a day off
 * (all except Goede Vrijdag, and Bevrijdingsdag only in lustrum years such as 2025 and 2030).
 * Accepts whole years 1583–9999 and throws a TypeError otherwise. Returns a fresh array on every call.
 */
export function dutchHolidays(year: number): DutchHoliday[] {
  checkYear(year);
  return holidayDays(year).map((day) => ({
    date: formatIsoDate(civilDateOf(day.epochDay)),
    id: day.id,
    name: { nl: day.nl, en: day.en },
    commonDayOff: day.commonDayOff,
  }));
}

export interface DayOff {
  id: DutchHolidayId;
  nl: string;
}

// The engine asks per day; one map per year answers in O(1) and the list is built once.
const daysOffByYear = new Map<number, Map<number, DayOff>>();

/**
 * The holiday on this epoch day that is commonly a day off, if any. Years outside 1583–9999 have none
 * (so far-off instants still get an answer instead of an exception).
 */
export function dayOffOn(epochDay: number, year: number): DayOff | undefined {
  if (year < FIRST_HOLIDAY_YEAR || year > LAST_HOLIDAY_YEAR) return undefined;
  let daysOff = daysOffByYear.get(year);
  if (!daysOff) {
    daysOff = new Map();
    for (const day of holidayDays(year)) {
      if (day.commonDayOff && !daysOff.has(day.epochDay)) daysOff.set(day.epochDay, { id: day.id, nl: day.nl });
    }
    daysOffByYear.set(year, daysOff);
  }
  return daysOff.get(epochDay);
}
