import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { HOURS_TEXT } from '../../src/contact-status/hours-text-code.js';
import { expectDangerLine, expectNoDangerLine } from '../support/danger-line.js';
import { fold, part } from '../support/dom.js';
import { removeStatusPages, statusPage } from './status-page.js';

// When the hours in words cannot be loaded (offline, blocked), a status that shows hours can say neither its
// hours nor whether the line is open: it shows calling and the website, and 112 where residents read it,
// never a blank widget and never "open now". The live hours build on those words, so they are not asked
// for: one warning. This file runs in a page of its own and makes the load fail before any status asks.

describe('<shn-contact-status> without the hours in words', () => {
  let warn: sinon.SinonStub;

  before(async () => {
    HOURS_TEXT.load = () => Promise.reject(new Error('blocked by the test'));
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

  it('public-line="office-hours": the phone number, the website and 112; no hours, no claim about now; one warning', async () => {
    const element = await status('public-line="office-hours"');
    expect(element.getAttribute('state')).to.equal('unknown');
    expect(fold(element.shadowRoot)).to.equal('Bel 0900-0101 slachtofferhulp.nl Bij direct gevaar: bel 112.');
    expect(part(element, 'phone')!.getAttribute('href')).to.equal('tel:09000101');
    expect(part(element, 'website')!.getAttribute('href')).to.equal('https://www.slachtofferhulp.nl/');
    expectDangerLine(element);
    expect(warn.callCount, warn.args.join('\n')).to.equal(1);
    expect(String(warn.firstCall.args[0])).to.match(/^<shn-contact-status> public-line="office-hours": .*showing only the phone number and the website\.$/);
  });

  it('professional, in English: the phone number and the website, no 112 (professionals read it), one warning', async () => {
    const element = await status('audience="professional"', 'en');
    expect(element.getAttribute('state')).to.equal('unknown');
    expect(fold(element.shadowRoot)).to.equal('Call 0900-0101 slachtofferhulp.nl');
    expect(part(element, 'emergency')).to.equal(null);
    expectNoDangerLine(element);
    expect(warn.callCount, warn.args.join('\n')).to.equal(1);
    expect(String(warn.firstCall.args[0])).to.match(/^<shn-contact-status> audience="professional": .*showing only the phone number/);
  });

  it("the residents' 24/7 status does not need it: as always, and no warning", async () => {
    const element = await status('');
    expect(element.getAttribute('state')).to.equal('open');
    expect(fold(element.shadowRoot)).to.contain('Dag en nacht bereikbaar');
    expect(warn.callCount).to.equal(0);
  });
});
