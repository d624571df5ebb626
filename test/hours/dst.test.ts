import { expect } from '@open-wc/testing';
import { getStatus, type OpeningHours } from '../../src/hours/index.js';
import { ALWAYS_OPEN, ms, PROFESSIONAL, utc } from './fixtures.js';

// 2026: clocks go forward Sun 29 March 02:00 CET → 03:00 CEST (01:00Z) and back Sun 25 October
// 03:00 CEST → 02:00 CET (01:00Z).
const onSundays = (from: string, to: string, zone = 'Europe/Amsterdam'): OpeningHours => ({
  zone,
  weekly: { 7: [{ from, to }] },
  publicHolidays: 'open',
});

describe('getStatus across the March switch (23-hour day)', () => {
  it('lands Saturday 17:00 → Monday 08:00+02:00 on 06:00Z', () => {
    const status = getStatus(PROFESSIONAL, utc('2026-03-28T16:00:00Z'));
    expect(status.open).to.equal(false);
    expect(ms(status.changesAt)).to.equal(utc('2026-03-30T06:00:00Z').getTime());
    expect(getStatus(PROFESSIONAL, utc('2026-03-30T05:59:59.999Z')).open).to.equal(false);
    expect(getStatus(PROFESSIONAL, utc('2026-03-30T06:00:00Z')).open).to.equal(true);
  });

  it('counts Sunday as 23 hours: 00:00+01:00 to 24:00+02:00', () => {
    const hours = onSundays('00:00', '24:00');
    const before = getStatus(hours, utc('2026-03-28T22:59:59.999Z'));
    expect(before.open).to.equal(false);
    expect(ms(before.changesAt)).to.equal(utc('2026-03-28T23:00:00Z').getTime());
    const during = getStatus(hours, utc('2026-03-28T23:00:00Z'));
    expect(during.open).to.equal(true);
    expect(ms(during.changesAt)).to.equal(utc('2026-03-29T22:00:00Z').getTime());
    expect(during.changesAt!.getTime() - utc('2026-03-28T23:00:00Z').getTime()).to.equal(23 * 3_600_000);
  });

  it('answers right on both sides of the missing hour', () => {
    const hours = onSundays('01:00', '04:00');
    // 01:59:59.999+01:00 and 03:00:00.000+02:00 are 1 ms apart.
    const last = getStatus(hours, utc('2026-03-29T00:59:59.999Z'));
    const first = getStatus(hours, utc('2026-03-29T01:00:00.000Z'));
    expect(last.open).to.equal(true);
    expect(first.open).to.equal(true);
    expect(ms(last.changesAt)).to.equal(utc('2026-03-29T02:00:00Z').getTime()); // 04:00+02:00
    expect(getStatus(hours, utc('2026-03-29T01:59:59.999Z')).open).to.equal(true);
    expect(getStatus(hours, utc('2026-03-29T02:00:00Z')).open).to.equal(false);
  });

  it('pushes a start inside the missing hour forward by the gap: 02:30 opens at 03:30+02:00', () => {
    const hours = onSundays('02:30', '05:00');
    const before = getStatus(hours, utc('2026-03-29T01:29:59.999Z')); // 03:29:59.999+02:00
    expect(before.open).to.equal(false);
    expect(ms(before.changesAt)).to.equal(utc('2026-03-29T01:30:00Z').getTime());
    expect(getStatus(hours, utc('2026-03-29T01:30:00Z')).open).to.equal(true);
    // A week earlier 02:30 exists: 02:30+01:00.
    expect(ms(getStatus(hours, utc('2026-03-22T00:00:00Z')).changesAt)).to.equal(utc('2026-03-22T01:30:00Z').getTime());
  });

  it('pushes an end inside the missing hour forward too: 01:00–02:30 closes at 03:30+02:00', () => {
    const hours = onSundays('01:00', '02:30');
    const open = getStatus(hours, utc('2026-03-29T00:30:00Z'));
    expect(open.open).to.equal(true);
    expect(ms(open.changesAt)).to.equal(utc('2026-03-29T01:30:00Z').getTime());
  });

  it('treats "02:00" on that day as 03:00+02:00, the first instant after the gap', () => {
    const hours = onSundays('02:00', '06:00');
    const status = getStatus(hours, utc('2026-03-29T00:30:00Z'));
    expect(ms(status.changesAt)).to.equal(utc('2026-03-29T01:00:00Z').getTime());
  });
});

describe('getStatus across the October switch (25-hour day)', () => {
  it('lands Saturday 17:00+02:00 → Monday 08:00+01:00 on 07:00Z', () => {
    const status = getStatus(PROFESSIONAL, utc('2026-10-24T15:00:00Z'));
    expect(status.open).to.equal(false);
    expect(ms(status.changesAt)).to.equal(utc('2026-10-26T07:00:00Z').getTime());
    expect(getStatus(PROFESSIONAL, utc('2026-10-26T06:59:59.999Z')).open).to.equal(false);
    expect(getStatus(PROFESSIONAL, utc('2026-10-26T07:00:00Z')).open).to.equal(true);
    // Friday 20:00+02:00 → Saturday 10:00+02:00: both before the switch.
    expect(ms(getStatus(PROFESSIONAL, utc('2026-10-23T18:00:00Z')).changesAt)).to.equal(utc('2026-10-24T08:00:00Z').getTime());
  });

  it('counts Sunday as 25 hours: 00:00+02:00 to 24:00+01:00', () => {
    const during = getStatus(onSundays('00:00', '24:00'), utc('2026-10-24T22:00:00Z'));
    expect(during.open).to.equal(true);
    expect(ms(during.changesAt)).to.equal(utc('2026-10-25T23:00:00Z').getTime());
    expect(during.changesAt!.getTime() - utc('2026-10-24T22:00:00Z').getTime()).to.equal(25 * 3_600_000);
  });

  it('is open in both occurrences of the repeated hour when the range spans it', () => {
    const hours = onSundays('01:00', '04:00');
    for (const instant of ['2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z']) {
      const status = getStatus(hours, utc(instant)); // 02:30+02:00 and 02:30+01:00
      expect(status.open, instant).to.equal(true);
      expect(ms(status.changesAt), instant).to.equal(utc('2026-10-25T03:00:00Z').getTime()); // 04:00+01:00
    }
  });

  it('reads an end inside the repeated hour as its first occurrence (+02:00)', () => {
    const hours = onSundays('01:00', '02:30');
    const first = getStatus(hours, utc('2026-10-25T00:29:59.999Z')); // first 02:29:59.999
    expect(first.open).to.equal(true);
    expect(ms(first.changesAt)).to.equal(utc('2026-10-25T00:30:00Z').getTime());
    expect(getStatus(hours, utc('2026-10-25T00:30:00Z')).open).to.equal(false);
    // The second 02:15 (+01:00) is after the first 02:30, so closed.
    expect(getStatus(hours, utc('2026-10-25T01:15:00Z')).open).to.equal(false);
  });

  it('reads a start inside the repeated hour as its first occurrence (+02:00)', () => {
    const hours = onSundays('02:30', '05:00');
    const before = getStatus(hours, utc('2026-10-25T00:00:00Z')); // first 02:00
    expect(before.open).to.equal(false);
    expect(ms(before.changesAt)).to.equal(utc('2026-10-25T00:30:00Z').getTime());
    expect(getStatus(hours, utc('2026-10-25T01:15:00Z')).open).to.equal(true); // second 02:15
  });

  it('has no flip at the switch itself for a 24-hour service', () => {
    const status = getStatus(ALWAYS_OPEN, utc('2026-10-25T00:59:59.999Z'));
    expect(status).to.deep.equal({ open: true, changesAt: null, reason: 'weekly' });
  });
});

describe('getStatus in another zone', () => {
  it('follows New York’s own switch (8 March 2026, 02:00 → 03:00 EDT)', () => {
    const hours = onSundays('01:00', '04:00', 'America/New_York');
    const status = getStatus(hours, utc('2026-03-08T06:59:59.999Z')); // 01:59:59.999 EST
    expect(status.open).to.equal(true);
    expect(ms(status.changesAt)).to.equal(utc('2026-03-08T08:00:00Z').getTime()); // 04:00 EDT
  });
});
