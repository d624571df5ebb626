import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { settle } from '../support/settle.js';

// A page whose widgets show no opening hours (the residents' status, a residents' card, a list) must load
// no opening-hours code, no hours in words and no English, and do no time-zone work; a professional status
// on the same page loads it and still flips at its exact instants. This file runs in a page of its own and imports the elements only after the
// spy is in place, so module evaluation is counted too.

/** Intl.DateTimeFormat constructions that name a time zone: what validating or formatting a zone costs. */
const zoneFormatters: string[] = [];
const RealDateTimeFormat = Intl.DateTimeFormat;
const CountingDateTimeFormat = new Proxy(RealDateTimeFormat, {
  construct(target, args: [string?, Intl.DateTimeFormatOptions?]) {
    if (args[1]?.timeZone) zoneFormatters.push(args[1].timeZone);
    return Reflect.construct(target, args);
  },
  apply(target, thisArg, args: [string?, Intl.DateTimeFormatOptions?]) {
    if (args[1]?.timeZone) zoneFormatters.push(args[1].timeZone);
    return Reflect.apply(target, thisArg, args);
  },
});

/**
 * Module requests for what a status loads on demand: the hours engine and Dutch time, luxon, the live
 * hours (the live status, its words, the flip timer), the hours in words (with the week text and the
 * emergency route), and the English texts. (The crisis sentence's module is requested by the card's import of
 * public-line.ts here; the CDN build leaves it out of the entries all the same, test/dist/live-hours-chunk.test.mjs.)
 */
const ON_DEMAND =
  /\/src\/hours\/|\/luxon\/|\/contact-status\/(live-hours|live-status|live-status\.strings|flip-timer|hours-text|hours-text\.strings|week-text)\.(js|ts)|\/content\/emergency-route\.(js|ts)|\/texts\/texts-en\.(js|ts)/;
const onDemandRequests = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => ON_DEMAND.test(url));

describe('<shn-contact-status>: opening hours on demand', () => {
  let page: HTMLElement;

  before(async () => {
    Intl.DateTimeFormat = CountingDateTimeFormat;
    await import('../../src/define/index.js');
  });

  after(() => {
    Intl.DateTimeFormat = RealDateTimeFormat;
  });

  afterEach(() => {
    page?.remove();
    sinon.restore();
  });

  it("a Dutch page with only residents' widgets requests no hours code, no hours in words, no English, and builds no time-zone formatter", async () => {
    page = document.createElement('div');
    page.lang = 'nl';
    page.innerHTML = `<shn-contact-status></shn-contact-status>
      <shn-referral-card audience="victim"></shn-referral-card>
      <shn-situation-list situations="fraud burglary"></shn-situation-list>`;
    document.body.append(page);
    await settle(page);
    expect(page.querySelector('shn-contact-status')!.shadowRoot!.textContent).to.contain('Dag en nacht bereikbaar');
    expect(page.querySelector('shn-contact-status')!.getAttribute('state')).to.equal('open');
    expect(onDemandRequests()).to.deep.equal([]);
    expect(zoneFormatters).to.deep.equal([]);
  });

  it('a professional status on the same page loads it and flips exactly at 20:00 Dutch time', async () => {
    const clock = sinon.useFakeTimers({ now: new Date('2026-12-04T19:59:59.000+01:00'), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    page = document.createElement('div');
    page.lang = 'nl';
    page.innerHTML = `<shn-contact-status></shn-contact-status><shn-contact-status audience="professional"></shn-contact-status>`;
    document.body.append(page);
    const professional = page.querySelectorAll('shn-contact-status')[1];
    // The live hours arrive over the network: let that happen with the real clock's event loop.
    for (let round = 0; round < 50 && professional.getAttribute('state') !== 'open'; round += 1) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await settle(page);
    }
    expect(professional.getAttribute('state')).to.equal('open');
    const requested = onDemandRequests().join('\n');
    expect(requested).to.match(/\/contact-status\/hours-text\./).and.match(/\/contact-status\/live-hours\./);
    expect(requested).not.to.match(/\/texts\/texts-en\./);
    await clock.tickAsync(999);
    await settle(page);
    expect(professional.getAttribute('state'), '19:59:59.999').to.equal('open');
    await clock.tickAsync(1);
    await settle(page);
    expect(professional.getAttribute('state'), '20:00:00.000').to.equal('closed');
    expect(professional.shadowRoot!.textContent).to.contain('Nu gesloten');
    // The zone is validated and each formatter built once for the page, not per element or render.
    const distinct = new Set(zoneFormatters);
    expect(zoneFormatters.length, zoneFormatters.join(', ')).to.be.lessThan(12);
    expect([...distinct]).to.deep.equal(['Europe/Amsterdam']);
  });
});
