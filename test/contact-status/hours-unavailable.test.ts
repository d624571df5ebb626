import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { LIVE_HOURS } from '../../src/contact-status/live-hours-code.js';
import type { OpeningHours } from '../../src/hours/types.js';
import { fold, part } from '../support/dom.js';
import { settle } from '../support/settle.js';
import { removeStatusPages, statusPage } from './status-page.js';

// When the live opening hours cannot be loaded (offline, blocked), a status that shows hours says the hours
// in words and never claims "open now" or "closed now". This file runs in a page of its own and makes the
// load fail before any status asks for it.

const WEEK_NL = 'maandag tot en met vrijdag 08:00–20:00 uur en zaterdag 10:00–17:00 uur';

describe('<shn-contact-status> without its live hours', () => {
  let warn: sinon.SinonStub;

  before(async () => {
    LIVE_HOURS.load = () => Promise.reject(new Error('blocked by the test'));
    await import('../../src/define/shn-contact-status.js');
  });

  beforeEach(() => {
    warn = sinon.stub(console, 'warn');
  });

  afterEach(() => {
    removeStatusPages();
    sinon.restore();
  });

  const status = statusPage;

  it('professional: the hours in words, the route after hours, no claim about now, one warning', async () => {
    const element = await status('audience="professional"');
    const text = fold(element.shadowRoot);
    expect(element.getAttribute('state')).to.equal('unknown');
    expect(text).to.contain(`De lijn voor professionals is open op ${WEEK_NL} (Nederlandse tijd).`);
    expect(text).not.to.match(/Nu open|Nu gesloten/);
    expect(part(element, 'phone')!.getAttribute('href')).to.equal('tel:09000101');
    expect(part(element, 'emergency')!.getAttribute('role')).to.equal('group');
    expect(warn.callCount).to.equal(1);
    expect(String(warn.firstCall.args[0])).to.match(/^<shn-contact-status> audience="professional": .*showing the hours/);
  });

  it('public-line="office-hours": the hours in words, open in a crisis, and 112', async () => {
    const element = await status('public-line="office-hours"', 'en');
    const text = fold(element.shadowRoot);
    expect(element.getAttribute('state')).to.equal('unknown');
    expect(text).to.contain('The line is open Monday to Friday 08:00–20:00 and Saturday 10:00–17:00 (Dutch time).');
    expect(text).to.contain('In immediate danger: call 112.');
    expect(text).not.to.match(/Open now|Closed now/);
  });

  it('hours set from JavaScript in a form the engine would reject: the line\'s own hours, nothing thrown', async () => {
    const element = (await status('audience="professional"')) as HTMLElement & { hours: OpeningHours };
    element.hours = { weekly: null } as unknown as OpeningHours;
    await settle(element);
    expect(fold(element.shadowRoot)).to.contain(`De lijn voor professionals is open op ${WEEK_NL} (Nederlandse tijd).`);
    element.hours = { weekly: { 1: [{ from: '09:00', to: '12:00' }, { from: 9, to: null }] } } as unknown as OpeningHours;
    await settle(element);
    expect(fold(element.shadowRoot)).to.contain('De lijn voor professionals is open op maandag 09:00–12:00 uur (Nederlandse tijd).');
  });
});
