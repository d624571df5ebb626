import { expect } from '@open-wc/testing';
import { getStatus, nextOpening, validateOpeningHours, type OpeningHours } from '../../src/hours/index.js';
import { PROFESSIONAL, utc } from './fixtures.js';

const at = utc('2026-01-12T10:00:00Z');
const monday = (from: string, to: string): OpeningHours => ({ weekly: { 1: [{ from, to }] } });
const bad = (value: unknown) => value as OpeningHours;

/** Every entry point throws the same TypeError for the same bad schedule. */
function expectRejected(hours: OpeningHours, message: string): void {
  expect(() => validateOpeningHours(hours), 'validateOpeningHours').to.throw(TypeError, message);
  expect(() => getStatus(hours, at), 'getStatus').to.throw(TypeError, message);
  expect(() => nextOpening(hours, at), 'nextOpening').to.throw(TypeError, message);
}

describe('validateOpeningHours and friends: TypeErrors that name the value', () => {
  it('accepts the professional line', () => {
    expect(() => validateOpeningHours(PROFESSIONAL)).not.to.throw();
  });

  it('rejects a time that does not exist', () => {
    expectRejected(monday('25:00', '26:00'), 'Invalid opening hours: "25:00" is not a time (HH:mm).');
    expectRejected(monday('08:00', '24:01'), '"24:01" is not a time (HH:mm).');
    expectRejected(monday('08:60', '09:00'), '"08:60" is not a time (HH:mm).');
  });

  it('rejects a time not written as HH:mm', () => {
    expectRejected(monday('8:00', '17:00'), 'Invalid opening hours: "8:00" is not a time (HH:mm).');
    expectRejected(monday('08:00:00', '17:00'), '"08:00:00" is not a time (HH:mm).');
    expectRejected(bad({ weekly: { 1: [{ from: 800, to: '17:00' }] } }), '"800" is not a time (HH:mm).');
    expectRejected(bad({ weekly: { 1: [{ to: '17:00' }] } }), '"undefined" is not a time (HH:mm).');
  });

  it('rejects a range that does not end after it starts', () => {
    expectRejected(monday('20:00', '08:00'), 'the range "20:00"–"08:00" in weekly[1] does not end after it starts.');
    expectRejected(monday('08:00', '08:00'), '"08:00"–"08:00"');
    expectRejected(monday('24:00', '24:00'), '"24:00"–"24:00"');
  });

  it('rejects an unknown zone', () => {
    expectRejected(
      { ...PROFESSIONAL, zone: 'Mars/Olympus' },
      'Invalid opening hours: "Mars/Olympus" is not a known time zone (IANA name such as "Europe/Amsterdam").',
    );
    expectRejected(bad({ ...PROFESSIONAL, zone: '' }), '"" is not a known time zone');
  });

  it('rejects weekday keys outside 1–7', () => {
    for (const key of ['0', '8', 'mon', '01']) {
      expectRejected(bad({ weekly: { [key]: [] } }), `Invalid opening hours: "${key}" is not a weekday (1 = Monday … 7 = Sunday).`);
    }
  });

  it('rejects a weekly that is not an object, and ranges that are not a list', () => {
    expectRejected(bad({}), '"weekly" must be an object');
    expectRejected(bad({ weekly: [] }), '"weekly" must be an object');
    expectRejected(bad({ weekly: { 1: { from: '08:00', to: '17:00' } } }), 'weekly[1] must be a list');
    expectRejected(bad({ weekly: { 1: ['08:00-17:00'] } }), '"08:00-17:00" in weekly[1] is not a { from, to } range.');
  });

  it('rejects an exception date that is not a real date', () => {
    const on = (date: unknown) => bad({ ...PROFESSIONAL, exceptions: [{ date, ranges: [] }] });
    expectRejected(on('2026-02-30'), 'Invalid opening hours: "2026-02-30" is not a date (YYYY-MM-DD).');
    expectRejected(on('2026-2-3'), '"2026-2-3" is not a date (YYYY-MM-DD).');
    expectRejected(on('2026-12-24T00:00'), '"2026-12-24T00:00" is not a date (YYYY-MM-DD).');
    expectRejected(on(undefined), '"undefined" is not a date');
  });

  it('rejects bad exception ranges, labels and duplicates', () => {
    const one = (exception: unknown) => bad({ ...PROFESSIONAL, exceptions: [exception] });
    expectRejected(one({ date: '2026-12-24', ranges: [{ from: '17:00', to: '08:00' }] }), '"17:00"–"08:00" in the exception on 2026-12-24');
    expectRejected(one({ date: '2026-12-24' }), 'the exception on 2026-12-24 must be a list');
    expectRejected(one({ date: '2026-12-24', ranges: [], label: 5 }), '"5" is not a label');
    expectRejected(
      bad({ ...PROFESSIONAL, exceptions: [{ date: '2026-12-24', ranges: [] }, { date: '2026-12-24', ranges: [] }] }),
      '"2026-12-24" has more than one exception.',
    );
    expectRejected(bad({ ...PROFESSIONAL, exceptions: {} }), '"exceptions" must be a list');
  });

  it('rejects an unknown publicHolidays setting', () => {
    expectRejected(bad({ ...PROFESSIONAL, publicHolidays: 'sometimes' }), '"sometimes" is not a publicHolidays setting ("closed" or "open").');
  });

  it('rejects something that is not a schedule', () => {
    expectRejected(bad(null), 'Invalid opening hours: expected an object, not "null".');
    expectRejected(bad('Mo-Fr 08:00-20:00'), '"Mo-Fr 08:00-20:00"');
  });

  it('rejects an invalid date to evaluate at', () => {
    const message = 'Invalid date: "Invalid Date" is not a valid Date.';
    expect(() => getStatus(PROFESSIONAL, new Date('not a date'))).to.throw(TypeError, message);
    expect(() => nextOpening(PROFESSIONAL, new Date(Number.NaN))).to.throw(TypeError, message);
    expect(() => getStatus(PROFESSIONAL, '2026-01-12' as unknown as Date)).to.throw(TypeError, '"2026-01-12"');
  });

  it('throws again for the same bad object (nothing half-valid is cached)', () => {
    const hours = monday('25:00', '26:00');
    expect(() => getStatus(hours, at)).to.throw(TypeError);
    expect(() => getStatus(hours, at)).to.throw(TypeError);
  });

  it('accepts 24:00 as an end and undefined as a closed day', () => {
    expect(() => validateOpeningHours(monday('20:00', '24:00'))).not.to.throw();
    expect(() => validateOpeningHours(bad({ weekly: { 1: undefined } }))).not.to.throw();
  });
});
