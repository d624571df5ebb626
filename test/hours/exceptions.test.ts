import { expect } from '@open-wc/testing';
import { getStatus, nextOpening, type OpeningHours } from '../../src/hours/index.js';
import { ALWAYS_OPEN, ms, PROFESSIONAL, utc } from './fixtures.js';

const withExceptions = (exceptions: OpeningHours['exceptions'], base: OpeningHours = PROFESSIONAL): OpeningHours => ({
  ...base,
  exceptions,
});

describe('getStatus with exceptions', () => {
  it('closes a regular day, with the label', () => {
    const hours = withExceptions([{ date: '2026-06-10', ranges: [], label: 'Teamdag' }]);
    const status = getStatus(hours, utc('2026-06-10T10:00:00Z'));
    expect(status).to.deep.equal({ open: false, changesAt: utc('2026-06-11T06:00:00Z'), reason: 'exception', label: 'Teamdag' });
    // The evening before now runs on to Thursday.
    expect(ms(getStatus(hours, utc('2026-06-09T18:00:00Z')).changesAt)).to.equal(utc('2026-06-11T06:00:00Z').getTime());
  });

  it('opens on a Sunday', () => {
    const hours = withExceptions([{ date: '2026-06-14', ranges: [{ from: '12:00', to: '16:00' }], label: 'Open dag' }]);
    const saturdayEvening = getStatus(hours, utc('2026-06-13T15:00:00Z'));
    expect(ms(saturdayEvening.changesAt)).to.equal(utc('2026-06-14T10:00:00Z').getTime());
    const sunday = getStatus(hours, utc('2026-06-14T10:00:00Z'));
    expect(sunday).to.deep.equal({ open: true, changesAt: utc('2026-06-14T14:00:00Z'), reason: 'exception', label: 'Open dag' });
    expect(ms(nextOpening(hours, utc('2026-06-14T10:00:00Z')))).to.equal(utc('2026-06-15T06:00:00Z').getTime());
  });

  it('has no label when none is given', () => {
    const status = getStatus(withExceptions([{ date: '2026-06-10', ranges: [] }]), utc('2026-06-10T10:00:00Z'));
    expect(status).to.deep.equal({ open: false, changesAt: utc('2026-06-11T06:00:00Z'), reason: 'exception' });
  });

  it('wins over a holiday', () => {
    const hours = withExceptions([{ date: '2026-12-26', ranges: [{ from: '10:00', to: '14:00' }], label: 'Extra open' }]);
    expect(getStatus(hours, utc('2026-12-26T10:00:00Z'))).to.deep.equal({
      open: true,
      changesAt: utc('2026-12-26T13:00:00Z'),
      reason: 'exception',
      label: 'Extra open',
    });
    expect(ms(getStatus(hours, utc('2026-12-24T19:00:00Z')).changesAt)).to.equal(utc('2026-12-26T09:00:00Z').getTime());
  });

  it('shortens a day', () => {
    const hours = withExceptions([{ date: '2026-12-31', ranges: [{ from: '08:00', to: '16:00' }], label: 'Oudejaarsdag' }]);
    const status = getStatus(hours, utc('2026-12-31T12:00:00Z'));
    expect(status).to.deep.include({ open: true, reason: 'exception', label: 'Oudejaarsdag' });
    expect(ms(status.changesAt)).to.equal(utc('2026-12-31T15:00:00Z').getTime());
  });

  it('is no flip when it keeps the state: a closed exception on a closed Sunday', () => {
    const hours = withExceptions([{ date: '2026-06-14', ranges: [], label: 'Dicht' }]);
    expect(ms(getStatus(hours, utc('2026-06-13T15:00:00Z')).changesAt)).to.equal(utc('2026-06-15T06:00:00Z').getTime());
  });

  it('is no flip when it keeps the state: a full-day exception in a 24-hour service', () => {
    const hours = withExceptions([{ date: '2026-06-14', ranges: [{ from: '00:00', to: '24:00' }], label: 'Gewoon open' }], ALWAYS_OPEN);
    const status = getStatus(hours, utc('2026-06-14T10:00:00Z'));
    expect(status).to.deep.equal({ open: true, changesAt: null, reason: 'exception', label: 'Gewoon open' });
  });

  it('makes the only closure of a 24-hour service the next change', () => {
    const hours = withExceptions([{ date: '2026-06-14', ranges: [{ from: '00:00', to: '06:00' }] }], ALWAYS_OPEN);
    const status = getStatus(hours, utc('2026-06-01T10:00:00Z'));
    expect(status.open).to.equal(true);
    expect(ms(status.changesAt)).to.equal(utc('2026-06-14T04:00:00Z').getTime()); // 06:00+02:00
    expect(ms(nextOpening(hours, utc('2026-06-01T10:00:00Z')))).to.equal(utc('2026-06-14T22:00:00Z').getTime());
  });
});
