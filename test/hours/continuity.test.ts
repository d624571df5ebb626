import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { getStatus, nextOpening, type OpeningHours } from '../../src/hours/index.js';
import { ALWAYS_OPEN, ms, utc } from './fixtures.js';

// Week of Monday 12 January 2026 (CET, +01:00): Mon 12, Tue 13, … Sun 18.
const winter = (weekly: OpeningHours['weekly'], extra: Partial<OpeningHours> = {}): OpeningHours => ({
  weekly,
  publicHolidays: 'open',
  ...extra,
});

describe('getStatus: merged ranges and midnight', () => {
  it('merges touching ranges: no flip at 12:00', () => {
    const hours = winter({ 1: [{ from: '08:00', to: '12:00' }, { from: '12:00', to: '17:00' }] });
    const status = getStatus(hours, utc('2026-01-12T10:00:00Z'));
    expect(status.open).to.equal(true);
    expect(ms(status.changesAt)).to.equal(utc('2026-01-12T16:00:00Z').getTime());
  });

  it('merges overlapping and unordered ranges', () => {
    const hours = winter({ 1: [{ from: '13:00', to: '18:00' }, { from: '08:00', to: '14:00' }, { from: '09:00', to: '10:00' }] });
    expect(ms(getStatus(hours, utc('2026-01-12T07:00:00Z')).changesAt)).to.equal(utc('2026-01-12T17:00:00Z').getTime());
  });

  it('flips at a lunch break and again after it', () => {
    const hours = winter({ 1: [{ from: '08:00', to: '12:00' }, { from: '13:00', to: '17:00' }] });
    expect(ms(getStatus(hours, utc('2026-01-12T10:00:00Z')).changesAt)).to.equal(utc('2026-01-12T11:00:00Z').getTime());
    const lunch = getStatus(hours, utc('2026-01-12T11:00:00Z'));
    expect(lunch.open).to.equal(false);
    expect(ms(lunch.changesAt)).to.equal(utc('2026-01-12T12:00:00Z').getTime());
    expect(ms(nextOpening(hours, utc('2026-01-12T10:00:00Z')))).to.equal(utc('2026-01-12T12:00:00Z').getTime());
  });

  it('runs a range ending 24:00 into one starting 00:00 the next day', () => {
    const hours = winter({ 5: [{ from: '18:00', to: '24:00' }], 6: [{ from: '00:00', to: '02:00' }] });
    const friday = getStatus(hours, utc('2026-01-16T22:00:00Z')); // Fri 23:00
    expect(friday.open).to.equal(true);
    expect(ms(friday.changesAt)).to.equal(utc('2026-01-17T01:00:00Z').getTime()); // Sat 02:00
    expect(getStatus(hours, utc('2026-01-16T22:59:59.999Z')).open).to.equal(true);
    expect(getStatus(hours, utc('2026-01-16T23:00:00Z')).open).to.equal(true); // Sat 00:00
    expect(getStatus(hours, utc('2026-01-17T01:00:00Z')).open).to.equal(false);
  });

  it('flips at 24:00 when the next day does not open at 00:00', () => {
    const hours = winter({ 5: [{ from: '18:00', to: '24:00' }], 6: [{ from: '00:01', to: '02:00' }] });
    const friday = getStatus(hours, utc('2026-01-16T22:00:00Z'));
    expect(ms(friday.changesAt)).to.equal(utc('2026-01-16T23:00:00Z').getTime());
    expect(getStatus(hours, utc('2026-01-16T23:00:00Z')).open).to.equal(false);
  });

  it('carries an open period over several full days', () => {
    const allDay = [{ from: '00:00', to: '24:00' }];
    const hours = winter({ 5: [{ from: '09:00', to: '24:00' }], 6: allDay, 7: allDay, 1: [{ from: '00:00', to: '17:00' }] });
    const status = getStatus(hours, utc('2026-01-16T10:00:00Z'));
    expect(status.open).to.equal(true);
    expect(ms(status.changesAt)).to.equal(utc('2026-01-19T16:00:00Z').getTime()); // Mon 17:00
  });
});

describe('getStatus: changesAt null', () => {
  it('is null when never open', () => {
    expect(getStatus({ weekly: {} }, utc('2026-01-12T10:00:00Z'))).to.deep.equal({
      open: false,
      changesAt: null,
      reason: 'weekly',
    });
  });

  it('is null when always open', () => {
    expect(getStatus(ALWAYS_OPEN, utc('2026-01-12T10:00:00Z'))).to.deep.equal({
      open: true,
      changesAt: null,
      reason: 'weekly',
    });
  });

  it('looks 366 days ahead, inclusive', () => {
    const only = (date: string): OpeningHours => ({ weekly: {}, exceptions: [{ date, ranges: [{ from: '10:00', to: '11:00' }] }] });
    const at = utc('2026-01-12T09:00:00Z'); // 10:00 CET
    expect(ms(getStatus(only('2027-01-12'), at).changesAt)).to.equal(utc('2027-01-12T09:00:00Z').getTime());
    expect(ms(getStatus(only('2027-01-13'), at).changesAt)).to.equal(utc('2027-01-13T09:00:00Z').getTime());
    expect(getStatus(only('2027-01-14'), at).changesAt).to.equal(null);
    expect(nextOpening(only('2027-01-14'), at)).to.equal(null);
  });

  it('closes an always-open week on the holidays by default', () => {
    const status = getStatus({ ...ALWAYS_OPEN, publicHolidays: 'closed' }, utc('2026-12-24T12:00:00Z'));
    expect(status.open).to.equal(true);
    expect(ms(status.changesAt)).to.equal(utc('2026-12-24T23:00:00Z').getTime()); // Christmas, 00:00 CET
    expect(ms(nextOpening({ ...ALWAYS_OPEN, publicHolidays: 'closed' }, utc('2026-12-24T12:00:00Z')))).to.equal(
      utc('2026-12-26T23:00:00Z').getTime(),
    );
  });
});

describe('getStatus: zone and defaults', () => {
  it('uses Europe/Amsterdam when no zone is given', () => {
    const hours = winter({ 1: [{ from: '08:00', to: '20:00' }] });
    expect(getStatus(hours, utc('2026-01-12T07:00:00Z')).open).to.equal(true);
    expect(getStatus(hours, utc('2026-01-12T06:59:59.999Z')).open).to.equal(false);
  });

  it('reads times in the given zone', () => {
    const hours = winter({ 1: [{ from: '08:00', to: '20:00' }] }, { zone: 'Asia/Tokyo' });
    expect(getStatus(hours, utc('2026-01-11T23:00:00Z')).open).to.equal(true); // Mon 08:00 JST
    expect(ms(getStatus(hours, utc('2026-01-11T23:00:00Z')).changesAt)).to.equal(utc('2026-01-12T11:00:00Z').getTime());
  });

  it('defaults at to now', () => {
    const clock = sinon.useFakeTimers({ now: utc('2026-01-12T06:59:59.999Z'), toFake: ['Date'] });
    try {
      const hours = winter({ 1: [{ from: '08:00', to: '20:00' }] });
      expect(getStatus(hours)).to.deep.equal({ open: false, changesAt: utc('2026-01-12T07:00:00Z'), reason: 'weekly' });
      expect(ms(nextOpening(hours))).to.equal(utc('2026-01-12T07:00:00Z').getTime());
    } finally {
      clock.restore();
    }
  });

  it('answers equal fresh objects alike', () => {
    const base = winter({ 1: [{ from: '08:00', to: '20:00' }] });
    const a = getStatus({ ...base }, utc('2026-01-12T07:00:00Z'));
    const b = getStatus({ ...base, publicHolidays: 'open' }, utc('2026-01-12T07:00:00Z'));
    const closed = getStatus({ ...base, publicHolidays: 'closed' }, utc('2026-01-01T07:00:00Z'));
    expect(a).to.deep.equal(b);
    expect(closed).to.deep.include({ reason: 'holiday', holidayId: 'new-years-day' });
  });
});

describe('getStatus far from today', () => {
  const hours = winter({ 1: [{ from: '08:00', to: '20:00' }] }, { publicHolidays: 'closed' });

  it('answers before 1583 and after 9999, where no holidays are listed', () => {
    // 1 January 1500 (proleptic Gregorian) is a Monday; no New Year's Day closure that early.
    expect(getStatus(hours, utc('1500-01-01T12:00:00Z'))).to.deep.include({ open: true, reason: 'weekly' });
    expect(getStatus(hours, utc('+010000-01-03T12:00:00Z'))).to.deep.include({ open: true, reason: 'weekly' });
    expect(getStatus(hours, utc('9999-01-01T12:00:00Z'))).to.deep.include({ open: false, reason: 'holiday' });
  });

  it('stays right after a question at the very end of the Date range', () => {
    expect(getStatus(hours, new Date(8.64e15)).open).to.equal(false);
    expect(getStatus(hours, utc('2026-01-12T12:00:00Z'))).to.deep.equal({
      open: true,
      changesAt: utc('2026-01-12T19:00:00Z'),
      reason: 'weekly',
    });
  });
});
