import { expect } from '@open-wc/testing';
import { dutchHolidays } from '../../src/hours/index.js';

const dateOf = (year: number, id: string) => dutchHolidays(year).find((holiday) => holiday.id === id)?.date;
const weekdayOf = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay(); // 0 = Sunday

describe('dutchHolidays', () => {
  it('lists 2026 in date order with names and day-off flags', () => {
    expect(dutchHolidays(2026)).to.deep.equal([
      { date: '2026-01-01', id: 'new-years-day', name: { nl: 'Nieuwjaarsdag', en: "New Year's Day" }, commonDayOff: true },
      { date: '2026-04-03', id: 'good-friday', name: { nl: 'Goede Vrijdag', en: 'Good Friday' }, commonDayOff: false },
      { date: '2026-04-05', id: 'easter-sunday', name: { nl: 'Eerste Paasdag', en: 'Easter Sunday' }, commonDayOff: true },
      { date: '2026-04-06', id: 'easter-monday', name: { nl: 'Tweede Paasdag', en: 'Easter Monday' }, commonDayOff: true },
      { date: '2026-04-27', id: 'kings-day', name: { nl: 'Koningsdag', en: "King's Day" }, commonDayOff: true },
      { date: '2026-05-05', id: 'liberation-day', name: { nl: 'Bevrijdingsdag', en: 'Liberation Day' }, commonDayOff: false },
      { date: '2026-05-14', id: 'ascension-day', name: { nl: 'Hemelvaartsdag', en: 'Ascension Day' }, commonDayOff: true },
      { date: '2026-05-24', id: 'whit-sunday', name: { nl: 'Eerste Pinksterdag', en: 'Whit Sunday' }, commonDayOff: true },
      { date: '2026-05-25', id: 'whit-monday', name: { nl: 'Tweede Pinksterdag', en: 'Whit Monday' }, commonDayOff: true },
      { date: '2026-12-25', id: 'christmas-day', name: { nl: 'Eerste Kerstdag', en: 'Christmas Day' }, commonDayOff: true },
      {
        date: '2026-12-26',
        id: 'boxing-day',
        name: { nl: 'Tweede Kerstdag', en: 'Boxing Day' },
        commonDayOff: true,
      },
    ]);
  });

  it('matches the Easter check values', () => {
    expect(dateOf(2025, 'easter-sunday')).to.equal('2025-04-20');
    expect(dateOf(2026, 'easter-sunday')).to.equal('2026-04-05');
    expect(dateOf(2027, 'easter-sunday')).to.equal('2027-03-28');
    expect(dateOf(2028, 'easter-sunday')).to.equal('2028-04-16');
    expect(dateOf(2038, 'easter-sunday')).to.equal('2038-04-25');
  });

  it('derives the moving holidays from Easter', () => {
    const dates = Object.fromEntries(dutchHolidays(2025).map((holiday) => [holiday.id, holiday.date]));
    expect(dates).to.include({
      'good-friday': '2025-04-18',
      'easter-monday': '2025-04-21',
      'ascension-day': '2025-05-29',
      'whit-sunday': '2025-06-08',
      'whit-monday': '2025-06-09',
    });
    expect(dateOf(2027, 'ascension-day')).to.equal('2027-05-06');
    expect(dateOf(2027, 'whit-monday')).to.equal('2027-05-17');
  });

  it('makes 5 May a common day off only in lustrum years', () => {
    const liberation = (year: number) => dutchHolidays(year).find((holiday) => holiday.id === 'liberation-day');
    expect(liberation(2025)).to.include({ date: '2025-05-05', commonDayOff: true });
    expect(liberation(2030)).to.include({ date: '2030-05-05', commonDayOff: true });
    expect(liberation(2026)).to.include({ date: '2026-05-05', commonDayOff: false });
    expect(liberation(2029)).to.include({ date: '2029-05-05', commonDayOff: false });
  });

  it('never makes Good Friday a common day off', () => {
    for (const year of [2024, 2025, 2026, 2027, 2030]) {
      expect(dutchHolidays(year).find((holiday) => holiday.id === 'good-friday')?.commonDayOff, String(year)).to.equal(false);
    }
  });

  it('moves Koningsdag to Saturday 26 April when the 27th is a Sunday', () => {
    expect(dateOf(2025, 'kings-day')).to.equal('2025-04-26');
    expect(dateOf(2014, 'kings-day')).to.equal('2014-04-26');
    expect(dateOf(2031, 'kings-day')).to.equal('2031-04-26');
    expect(dateOf(2027, 'kings-day')).to.equal('2027-04-27'); // a Tuesday
  });

  it('models Koninginnedag before 2014', () => {
    const queensDay = (year: number) => dutchHolidays(year).find((holiday) => holiday.id === 'kings-day');
    expect(queensDay(2013)).to.deep.include({ date: '2013-04-30', name: { nl: 'Koninginnedag', en: "Queen's Day" } });
    expect(queensDay(2006)?.date).to.equal('2006-04-29'); // 30 April a Sunday, from 1980: the Saturday before
    expect(queensDay(1967)?.date).to.equal('1967-05-01'); // 30 April a Sunday, before 1980: the Monday after
    expect(queensDay(1949)?.date).to.equal('1949-04-30');
    expect(queensDay(1948)?.date).to.equal('1948-08-31'); // Wilhelmina's birthday
    expect(queensDay(1900)?.date).to.equal('1900-08-31');
    expect(queensDay(1890)).to.equal(undefined);
  });

  it('lists Liberation Day from 1946', () => {
    expect(dateOf(1945, 'liberation-day')).to.equal(undefined);
    expect(dateOf(1946, 'liberation-day')).to.equal('1946-05-05');
  });

  it('keeps date order when two holidays share a date (Ascension on 5 May 2016)', () => {
    const onFifth = dutchHolidays(2016).filter((holiday) => holiday.date === '2016-05-05');
    expect(onFifth.map((holiday) => holiday.id)).to.deep.equal(['liberation-day', 'ascension-day']);
  });

  it('returns a fresh list each time', () => {
    const first = dutchHolidays(2026);
    first[0].name.nl = 'changed';
    first.pop();
    expect(dutchHolidays(2026)).to.have.length(11);
    expect(dutchHolidays(2026)[0].name.nl).to.equal('Nieuwjaarsdag');
  });

  it('rejects years it does not cover with a TypeError naming the year', () => {
    for (const year of [2025.5, 1582, 10000, Number.NaN]) {
      expect(() => dutchHolidays(year), String(year)).to.throw(TypeError, `"${String(year)}"`);
    }
    expect(() => dutchHolidays('2026' as unknown as number)).to.throw(TypeError, '"2026"');
  });
});

describe('dutchHolidays for every year 1900–2100', () => {
  it('gives valid, sorted dates with Easter a Sunday between 22 March and 25 April', () => {
    for (let year = 1900; year <= 2100; year++) {
      const holidays = dutchHolidays(year);
      const expected = year >= 1946 ? 11 : 10;
      expect(holidays, String(year)).to.have.length(expected);
      for (const { date } of holidays) {
        const parsed = new Date(`${date}T00:00:00Z`);
        expect(parsed.toISOString().slice(0, 10), date).to.equal(date);
        expect(date.startsWith(`${year}-`), date).to.equal(true);
      }
      const dates = holidays.map((holiday) => holiday.date);
      expect([...dates].sort(), String(year)).to.deep.equal(dates);
      const easter = dateOf(year, 'easter-sunday')!;
      expect(weekdayOf(easter), easter).to.equal(0);
      expect(easter >= `${year}-03-22` && easter <= `${year}-04-25`, easter).to.equal(true);
      const dayAfter = (date: string, days: number) =>
        new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
      expect(dateOf(year, 'good-friday')).to.equal(dayAfter(easter, -2));
      expect(dateOf(year, 'ascension-day')).to.equal(dayAfter(easter, 39));
      expect(dateOf(year, 'whit-monday')).to.equal(dayAfter(easter, 50));
      expect(weekdayOf(dateOf(year, 'whit-sunday')!)).to.equal(0);
      if (year >= 1949) expect(weekdayOf(dateOf(year, 'kings-day')!), String(year)).to.not.equal(0);
    }
  });
});
