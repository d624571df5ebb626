import { expect } from '@open-wc/testing';
import { getStatus, type OpeningHours } from '../../src/hours/index.js';
import { PROFESSIONAL, utc } from './fixtures.js';

// Callers spread fresh objects per call; the engine reuses work across them. These check it never mixes them up.
describe('getStatus with fresh objects sharing their weekly ranges', () => {
  const christmas = utc('2026-12-25T12:00:00Z');

  it('keeps publicHolidays apart', () => {
    for (let round = 0; round < 3; round++) {
      expect(getStatus({ ...PROFESSIONAL, publicHolidays: 'open' }, christmas).open).to.equal(true);
      expect(getStatus({ ...PROFESSIONAL, publicHolidays: 'closed' }, christmas).open).to.equal(false);
      expect(getStatus({ ...PROFESSIONAL, publicHolidays: undefined }, christmas).open).to.equal(false);
    }
  });

  it('keeps exceptions apart', () => {
    const teamDay = [{ date: '2026-06-10', ranges: [], label: 'Teamdag' }];
    const at = utc('2026-06-10T10:00:00Z');
    expect(getStatus({ ...PROFESSIONAL, exceptions: teamDay }, at)).to.deep.include({ open: false, label: 'Teamdag' });
    expect(getStatus({ ...PROFESSIONAL }, at)).to.deep.include({ open: true, reason: 'weekly' });
    expect(getStatus({ ...PROFESSIONAL, exceptions: [...teamDay] }, at)).to.deep.include({ open: false, label: 'Teamdag' });
  });

  it('keeps zones apart and still rejects a bad one', () => {
    const at = utc('2026-01-12T07:30:00Z'); // 08:30 in Amsterdam, 02:30 in New York
    expect(getStatus({ ...PROFESSIONAL }, at).open).to.equal(true);
    expect(getStatus({ ...PROFESSIONAL, zone: 'America/New_York' }, at).open).to.equal(false);
    expect(() => getStatus({ ...PROFESSIONAL, zone: 'Mars/Olympus' }, at)).to.throw(TypeError, '"Mars/Olympus"');
  });

  it('answers equal schedules built from scratch alike', () => {
    const build = (): OpeningHours => JSON.parse(JSON.stringify(PROFESSIONAL)) as OpeningHours;
    const instants = ['2026-03-28T16:00:00Z', '2026-04-06T12:00:00Z', '2026-10-24T15:00:00Z'].map(utc);
    for (const at of instants) expect(getStatus(build(), at)).to.deep.equal(getStatus(PROFESSIONAL, at));
  });
});
