import { expect } from '@open-wc/testing';
import { dutchHolidays, getStatus } from '../../src/hours/index.js';
import { ms, PROFESSIONAL, utc, wallClock } from './fixtures.js';

// Noon UTC is 13:00 or 14:00 in Amsterdam: inside the weekday and Saturday hours.
const noonOn = (date: string) => utc(`${date}T12:00:00Z`);

describe('getStatus on Dutch holidays (professional line, publicHolidays closed)', () => {
  for (const year of [2025, 2026, 2027, 2030]) {
    it(`closes on every common day off in ${year}, with the Dutch name and id`, () => {
      for (const holiday of dutchHolidays(year).filter((h) => h.commonDayOff)) {
        const status = getStatus(PROFESSIONAL, noonOn(holiday.date));
        expect(status, holiday.date).to.deep.include({
          open: false,
          reason: 'holiday',
          label: holiday.name.nl,
          holidayId: holiday.id,
        });
        // The next opening is on a later date, at a regular opening time.
        expect(wallClock(status.changesAt!) > `${holiday.date} 23:59`, holiday.date).to.equal(true);
        expect(['08:00', '10:00']).to.include(wallClock(status.changesAt!).slice(11));
      }
    });
  }

  it('stays open on Good Friday', () => {
    expect(getStatus(PROFESSIONAL, noonOn('2026-04-03'))).to.deep.equal({
      open: true,
      changesAt: utc('2026-04-03T18:00:00Z'),
      reason: 'weekly',
    });
  });

  it('closes on 5 May in lustrum years only', () => {
    const liberation = { open: false, reason: 'holiday', holidayId: 'liberation-day', label: 'Bevrijdingsdag' };
    expect(getStatus(PROFESSIONAL, noonOn('2025-05-05'))).to.deep.include(liberation); // a Monday
    expect(getStatus(PROFESSIONAL, noonOn('2030-05-05'))).to.deep.include(liberation); // a Sunday
    expect(getStatus(PROFESSIONAL, noonOn('2035-05-05'))).to.deep.include(liberation); // a Saturday, normally open
    expect(getStatus(PROFESSIONAL, noonOn('2026-05-05'))).to.deep.equal({
      open: true,
      changesAt: utc('2026-05-05T18:00:00Z'),
      reason: 'weekly',
    });
    expect(getStatus(PROFESSIONAL, noonOn('2029-05-05'))).to.deep.include({ open: true, reason: 'weekly' }); // a Saturday
  });

  it('closes on Saturday 26 April 2025 (Koningsdag) and is closed through Sunday', () => {
    const status = getStatus(PROFESSIONAL, noonOn('2025-04-26'));
    expect(status).to.deep.include({ open: false, reason: 'holiday', label: 'Koningsdag', holidayId: 'kings-day' });
    expect(ms(status.changesAt)).to.equal(utc('2025-04-28T06:00:00Z').getTime());
  });

  it('skips the Easter weekend: Saturday 17:00 → Tuesday 08:00', () => {
    const status = getStatus(PROFESSIONAL, utc('2026-04-04T15:00:00Z')); // Sat 17:00+02:00
    expect(status.open).to.equal(false);
    expect(ms(status.changesAt)).to.equal(utc('2026-04-07T06:00:00Z').getTime());
  });

  it('goes from the last day before Christmas to the first after', () => {
    const status = getStatus(PROFESSIONAL, utc('2026-12-24T19:00:00Z')); // Thu 20:00+01:00
    expect(status.open).to.equal(false);
    expect(ms(status.changesAt)).to.equal(utc('2026-12-28T07:00:00Z').getTime()); // Mon (25, 26 off, 27 Sunday)
  });

  it('marks the closed holiday even outside the hours, with reason "holiday" all day', () => {
    expect(getStatus(PROFESSIONAL, utc('2026-12-24T23:00:00Z'))).to.deep.include({ reason: 'holiday', label: 'Eerste Kerstdag' });
    expect(getStatus(PROFESSIONAL, utc('2026-12-24T22:59:59.999Z'))).to.deep.equal({
      open: false,
      changesAt: utc('2026-12-28T07:00:00Z'),
      reason: 'weekly',
    });
  });
});

describe('getStatus with publicHolidays open', () => {
  const hours = { ...PROFESSIONAL, publicHolidays: 'open' as const };

  it('follows the weekly hours on holidays, without a label', () => {
    expect(getStatus(hours, noonOn('2026-04-06'))).to.deep.equal({
      open: true,
      changesAt: utc('2026-04-06T18:00:00Z'),
      reason: 'weekly',
    });
    expect(getStatus(hours, noonOn('2025-04-26'))).to.deep.include({ open: true, reason: 'weekly' });
    expect(getStatus(hours, noonOn('2026-12-25'))).to.deep.include({ open: true, reason: 'weekly' });
  });

  it('still closes on Sundays', () => {
    expect(getStatus(hours, noonOn('2026-04-05'))).to.deep.include({ open: false, reason: 'weekly' });
  });
});
