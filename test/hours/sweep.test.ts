import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { getStatus, type OpeningHours, type TimeRange } from '../../src/hours/index.js';
import { PROFESSIONAL, utc, wallClock } from './fixtures.js';

describe('getStatus for every year 1900–2100', () => {
  it('answers noon on 2 January sensibly (a weekday, Saturday or Sunday)', () => {
    for (let year = 1900; year <= 2100; year++) {
      // 11:00Z is between 11:00 and 13:00 in Amsterdam in every era; 2 and 3 January are never holidays.
      const at = utc(`${String(year)}-01-02T11:00:00Z`);
      const weekday = at.getUTCDay(); // 0 = Sunday
      const status = getStatus(PROFESSIONAL, at);
      expect(status.reason, String(year)).to.equal('weekly');
      const expected =
        weekday === 0
          ? { open: false, wall: `${year}-01-03 08:00` }
          : weekday === 6
            ? { open: true, wall: `${year}-01-02 17:00` }
            : { open: true, wall: `${year}-01-02 20:00` };
      expect(status.open, String(year)).to.equal(expected.open);
      expect(wallClock(status.changesAt!), String(year)).to.equal(expected.wall);
    }
  });
});

// An independent oracle: luxon's own wall clock for the instant, checked against the weekly ranges.
// It agrees with the engine wherever no range edge lies strictly inside 02:00–03:00 (the switch hours),
// so the generated edges avoid that window.
function oracleOpen(hours: OpeningHours, instant: number): boolean {
  const local = DateTime.fromMillis(instant, { zone: hours.zone });
  const minute = local.hour * 60 + local.minute + local.second / 60 + local.millisecond / 60_000;
  const ranges = hours.weekly[local.weekday as 1] ?? [];
  const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
  return ranges.some((range) => toMinutes(range.from) <= minute && minute < toMinutes(range.to));
}

const QUARTER = 15 * 60_000;
const edge = fc
  .integer({ min: 0, max: 96 })
  .filter((quarter) => quarter * 15 <= 120 || quarter * 15 >= 180)
  .map((quarter) => `${String(Math.floor(quarter / 4)).padStart(2, '0')}:${String((quarter % 4) * 15).padStart(2, '0')}`);
const range: fc.Arbitrary<TimeRange> = fc
  .tuple(edge, edge)
  .filter(([a, b]) => a !== b)
  .map(([a, b]) => (a < b ? { from: a, to: b } : { from: b, to: a }));
const schedule = (zone: string) =>
  fc
    .array(fc.array(range, { maxLength: 3 }), { minLength: 7, maxLength: 7 })
    .filter((days) => days.some((day) => day.length > 0))
    .map(
      (days): OpeningHours => ({
        zone,
        publicHolidays: 'open',
        weekly: Object.fromEntries(days.map((day, index) => [index + 1, day])),
      }),
    );
// 2020–2030, with extra weight on the switch weekends.
const instant = fc.oneof(
  fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 11, 31) }),
  fc.integer({ min: Date.UTC(2026, 2, 27), max: Date.UTC(2026, 2, 31) }),
  fc.integer({ min: Date.UTC(2026, 9, 23), max: Date.UTC(2026, 9, 27) }),
  fc.integer({ min: Date.UTC(2026, 2, 6), max: Date.UTC(2026, 2, 10) }),
);

for (const zone of ['Europe/Amsterdam', 'America/New_York']) {
  describe(`getStatus against a luxon oracle in ${zone}`, () => {
    it('agrees on open, and changesAt is the first flip', () => {
      fc.assert(
        fc.property(schedule(zone), instant, (hours, at) => {
          const status = getStatus(hours, new Date(at));
          expect(status.open).to.equal(oracleOpen(hours, at));
          expect(status.changesAt).to.not.equal(null);
          const flip = status.changesAt!.getTime();
          expect(flip).to.be.greaterThan(at);
          expect(oracleOpen(hours, flip - 1)).to.equal(status.open);
          expect(oracleOpen(hours, flip)).to.equal(!status.open);
          // Edges are on whole quarters in zones with whole-hour offsets: no flip on any quarter in between.
          for (let t = Math.ceil((at + 1) / QUARTER) * QUARTER; t < flip; t += QUARTER) {
            if (oracleOpen(hours, t) !== status.open) expect.fail(`flip at ${new Date(t).toISOString()} before ${status.changesAt!.toISOString()}`);
          }
        }),
        { numRuns: 300 },
      );
    });
  });
}
