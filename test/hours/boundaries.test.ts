import { expect } from '@open-wc/testing';
import { getStatus, nextOpening } from '../../src/hours/index.js';
import { ms, PROFESSIONAL, utc } from './fixtures.js';

// Winter dates (CET, +01:00) and summer dates (CEST, +02:00) of 2026 with no holiday nearby.
describe('getStatus: the professional line at its boundaries', () => {
  it('opens at 08:00 to the millisecond and is closed 1 ms before', () => {
    const before = getStatus(PROFESSIONAL, utc('2026-01-13T06:59:59.999Z')); // Tue 07:59:59.999 CET
    expect(before.open).to.equal(false);
    expect(ms(before.changesAt)).to.equal(utc('2026-01-13T07:00:00Z').getTime());
    const at = getStatus(PROFESSIONAL, utc('2026-01-13T07:00:00.000Z'));
    expect(at).to.deep.equal({ open: true, changesAt: utc('2026-01-13T19:00:00Z'), reason: 'weekly' });
  });

  it('closes at 20:00 (exclusive end) and is open 1 ms before', () => {
    const before = getStatus(PROFESSIONAL, utc('2026-06-10T17:59:59.999Z')); // Wed 19:59:59.999 CEST
    expect(before.open).to.equal(true);
    expect(ms(before.changesAt)).to.equal(utc('2026-06-10T18:00:00Z').getTime());
    const at = getStatus(PROFESSIONAL, utc('2026-06-10T18:00:00.000Z'));
    expect(at.open).to.equal(false);
    expect(ms(at.changesAt)).to.equal(utc('2026-06-11T06:00:00Z').getTime());
  });

  it('goes from Friday evening to Monday morning', () => {
    const friday = getStatus(PROFESSIONAL, utc('2026-01-16T19:00:00Z')); // Fri 20:00 CET
    expect(friday.open).to.equal(false);
    // Saturday opens at 10:00, so Friday's closure ends then, not on Monday.
    expect(ms(friday.changesAt)).to.equal(utc('2026-01-17T09:00:00Z').getTime());
    const saturdayEvening = getStatus(PROFESSIONAL, utc('2026-01-17T16:00:00Z')); // Sat 17:00
    expect(saturdayEvening.open).to.equal(false);
    expect(ms(saturdayEvening.changesAt)).to.equal(utc('2026-01-19T07:00:00Z').getTime()); // Mon 08:00 CET
    const sunday = getStatus(PROFESSIONAL, utc('2026-01-18T12:00:00Z'));
    expect(sunday).to.deep.equal({ open: false, changesAt: utc('2026-01-19T07:00:00Z'), reason: 'weekly' });
  });

  it('keeps Saturday hours 10:00–17:00', () => {
    expect(getStatus(PROFESSIONAL, utc('2026-06-13T07:59:59.999Z')).open).to.equal(false); // 09:59:59.999 CEST
    expect(getStatus(PROFESSIONAL, utc('2026-06-13T08:00:00Z')).open).to.equal(true);
    expect(getStatus(PROFESSIONAL, utc('2026-06-13T14:59:59.999Z')).open).to.equal(true);
    const closing = getStatus(PROFESSIONAL, utc('2026-06-13T15:00:00Z'));
    expect(closing.open).to.equal(false);
    expect(ms(closing.changesAt)).to.equal(utc('2026-06-15T06:00:00Z').getTime());
  });

  it('treats a Date with milliseconds and the same instant alike', () => {
    const a = getStatus(PROFESSIONAL, new Date(Date.UTC(2026, 0, 13, 7, 0, 0, 0)));
    const b = getStatus(PROFESSIONAL, utc('2026-01-13T08:00:00+01:00'));
    expect(a).to.deep.equal(b);
  });
});

describe('nextOpening', () => {
  it('is the next opening when closed', () => {
    expect(ms(nextOpening(PROFESSIONAL, utc('2026-01-16T19:00:00Z')))).to.equal(utc('2026-01-17T09:00:00Z').getTime());
  });

  it('is the opening after the current closure when open', () => {
    expect(ms(nextOpening(PROFESSIONAL, utc('2026-01-16T12:00:00Z')))).to.equal(utc('2026-01-17T09:00:00Z').getTime());
    expect(ms(nextOpening(PROFESSIONAL, utc('2026-01-17T09:00:00Z')))).to.equal(utc('2026-01-19T07:00:00Z').getTime());
  });

  it('at the opening instant itself is the next day’s opening', () => {
    expect(ms(nextOpening(PROFESSIONAL, utc('2026-01-13T07:00:00Z')))).to.equal(utc('2026-01-14T07:00:00Z').getTime());
  });

  it('1 ms before an opening is that opening', () => {
    expect(ms(nextOpening(PROFESSIONAL, utc('2026-01-13T06:59:59.999Z')))).to.equal(utc('2026-01-13T07:00:00Z').getTime());
  });

  it('is null for a schedule that never opens and for one that never closes', () => {
    expect(nextOpening({ weekly: {} }, utc('2026-01-13T12:00:00Z'))).to.equal(null);
    const allDay = [{ from: '00:00', to: '24:00' }];
    const always = { weekly: { 1: allDay, 2: allDay, 3: allDay, 4: allDay, 5: allDay, 6: allDay, 7: allDay } };
    expect(nextOpening({ ...always, publicHolidays: 'open' }, utc('2026-01-13T12:00:00Z'))).to.equal(null);
  });
});
