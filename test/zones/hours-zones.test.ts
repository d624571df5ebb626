import { expect } from '@open-wc/testing';
import { dutchHolidays, getStatus, nextOpening, type OpeningHours } from '../../src/hours/index.js';

declare global {
  interface Window {
    /** Set by web-test-runner.config.mjs: the zone this browser was started in. */
    __EXPECTED_ZONE__: string;
  }
}

const weekday = [{ from: '08:00', to: '20:00' }];
const PROFESSIONAL: OpeningHours = {
  zone: 'Europe/Amsterdam',
  weekly: { 1: weekday, 2: weekday, 3: weekday, 4: weekday, 5: weekday, 6: [{ from: '10:00', to: '17:00' }] },
  publicHolidays: 'closed',
};
const utc = (iso: string) => new Date(iso);
const changesAt = (iso: string) => getStatus(PROFESSIONAL, utc(iso)).changesAt?.toISOString() ?? null;

describe(`hours engine in a browser in ${window.__EXPECTED_ZONE__}`, () => {
  it('really runs in that zone', () => {
    expect(window.__EXPECTED_ZONE__).to.be.a('string');
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(window.__EXPECTED_ZONE__);
  });

  it('opens and closes on the exact Amsterdam instants', () => {
    expect(getStatus(PROFESSIONAL, utc('2026-01-13T06:59:59.999Z')).open).to.equal(false);
    expect(getStatus(PROFESSIONAL, utc('2026-01-13T07:00:00.000Z')).open).to.equal(true);
    expect(getStatus(PROFESSIONAL, utc('2026-06-10T17:59:59.999Z')).open).to.equal(true);
    expect(getStatus(PROFESSIONAL, utc('2026-06-10T18:00:00.000Z')).open).to.equal(false);
    expect(changesAt('2026-01-16T19:00:00Z')).to.equal('2026-01-17T09:00:00.000Z');
  });

  it('crosses both switch weekends on the right UTC instant', () => {
    expect(changesAt('2026-03-28T16:00:00Z')).to.equal('2026-03-30T06:00:00.000Z');
    expect(changesAt('2026-10-24T15:00:00Z')).to.equal('2026-10-26T07:00:00.000Z');
    // New York switches two weeks earlier and Tokyo not at all; neither may leak in.
    expect(changesAt('2026-03-13T19:00:00Z')).to.equal('2026-03-14T09:00:00.000Z'); // Fri 20:00 → Sat 10:00 CET
    expect(changesAt('2026-10-31T16:00:00Z')).to.equal('2026-11-02T07:00:00.000Z');
  });

  it('handles the missing and the repeated hour', () => {
    const sunday = (from: string, to: string): OpeningHours => ({ weekly: { 7: [{ from, to }] }, publicHolidays: 'open' });
    expect(getStatus(sunday('02:30', '05:00'), utc('2026-03-29T01:29:59.999Z')).changesAt?.toISOString()).to.equal(
      '2026-03-29T01:30:00.000Z',
    );
    const repeated = sunday('01:00', '04:00');
    expect(getStatus(repeated, utc('2026-10-25T00:30:00Z')).open).to.equal(true);
    expect(getStatus(repeated, utc('2026-10-25T01:30:00Z')).open).to.equal(true);
    expect(getStatus(repeated, utc('2026-10-25T01:30:00Z')).changesAt?.toISOString()).to.equal('2026-10-25T03:00:00.000Z');
  });

  it('closes on the Amsterdam date of a holiday, not the local one', () => {
    // 23:30Z on 26 April 2026 is already Koningsdag in Amsterdam (01:30 on 27 April), still 26 April in New York.
    expect(getStatus(PROFESSIONAL, utc('2026-04-26T23:30:00Z'))).to.deep.include({ reason: 'holiday', holidayId: 'kings-day' });
    expect(nextOpening(PROFESSIONAL, utc('2026-04-26T23:30:00Z'))?.toISOString()).to.equal('2026-04-28T06:00:00.000Z');
    expect(dutchHolidays(2025).find((holiday) => holiday.id === 'kings-day')?.date).to.equal('2025-04-26');
  });
});
