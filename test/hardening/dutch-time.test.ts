import { expect } from '@open-wc/testing';
import { dutchDaysBetween, nextDutchMidnight, visitorClockDiffers } from '../../src/hours/dutch-time.js';

// Added to src/i18n for issue 6: <shn-contact-status> must re-word "morgen" as "vandaag" at midnight.
describe('nextDutchMidnight', () => {
  const next = (iso: string) => nextDutchMidnight(new Date(iso)).toISOString();

  it('is the next 00:00 in Dutch time, in summer and in winter', () => {
    expect(next('2026-10-23T20:00:00+02:00')).to.equal('2026-10-23T22:00:00.000Z');
    expect(next('2026-12-01T10:00:00+01:00')).to.equal('2026-12-01T23:00:00.000Z');
  });

  it('moves on a whole day when the instant is midnight itself', () => {
    expect(next('2026-10-24T00:00:00+02:00')).to.equal('2026-10-24T22:00:00.000Z');
    expect(next('2026-10-23T23:59:59.999+02:00')).to.equal('2026-10-23T22:00:00.000Z');
  });

  it('takes the offset of the night itself across both clock changes', () => {
    // Saturday 24 October 2026 (summer time) → Sunday 00:00 summer time; Sunday → Monday 00:00 winter time.
    expect(next('2026-10-24T17:00:00+02:00')).to.equal('2026-10-24T22:00:00.000Z');
    expect(next('2026-10-25T12:00:00+01:00')).to.equal('2026-10-25T23:00:00.000Z');
    expect(next('2026-03-28T12:00:00+01:00')).to.equal('2026-03-28T23:00:00.000Z');
    expect(next('2026-03-29T12:00:00+02:00')).to.equal('2026-03-29T22:00:00.000Z');
  });

  it('counts days in Dutch time: 31 December 23:30 UTC is already 1 January in the Netherlands', () => {
    expect(next('2026-12-31T23:30:00Z')).to.equal('2027-01-01T23:00:00.000Z');
  });
});

// The Dutch date and offset are remembered per UTC hour (src/i18n/dutch-time.ts): the answers at the edges of
// an hour, asked in any order and twice, must be those of the instant itself.
describe('Dutch date and offset, remembered per hour', () => {
  const days = (from: string, to: string) => dutchDaysBetween(new Date(from), new Date(to));

  it('changes the Dutch date exactly at Dutch midnight, winter and summer, however often asked', () => {
    for (let round = 0; round < 2; round += 1) {
      expect(days('2026-12-01T12:00:00Z', '2026-12-01T22:59:59.999Z')).to.equal(0);
      expect(days('2026-12-01T12:00:00Z', '2026-12-01T23:00:00.000Z')).to.equal(1);
      expect(days('2026-07-01T12:00:00Z', '2026-07-01T21:59:59.999Z')).to.equal(0);
      expect(days('2026-07-01T12:00:00Z', '2026-07-01T22:00:00.000Z')).to.equal(1);
    }
  });

  it('knows the Dutch offset on both sides of the clock changes', () => {
    // London is one hour behind Dutch time all year, Brussels never differs.
    for (const instant of ['2026-03-29T00:59:59.999Z', '2026-03-29T01:00:00Z', '2026-10-25T00:59:59.999Z', '2026-10-25T01:00:00Z']) {
      expect(visitorClockDiffers([new Date(instant)], 'Europe/London'), instant).to.equal(true);
      expect(visitorClockDiffers([new Date(instant)], 'Europe/Brussels'), instant).to.equal(false);
    }
    // Africa/Lagos (UTC+1 all year) shows Dutch time in winter only: the answer flips with the Dutch clock change.
    expect(visitorClockDiffers([new Date('2026-01-15T12:00:00Z')], 'Africa/Lagos')).to.equal(false);
    expect(visitorClockDiffers([new Date('2026-07-15T12:00:00Z')], 'Africa/Lagos')).to.equal(true);
    expect(visitorClockDiffers([new Date('2026-03-29T00:59:59.999Z')], 'Africa/Lagos')).to.equal(false);
    expect(visitorClockDiffers([new Date('2026-03-29T01:00:00Z')], 'Africa/Lagos')).to.equal(true);
  });
});
