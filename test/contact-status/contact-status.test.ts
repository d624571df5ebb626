import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define/shn-contact-status.js';
import type { ShnContactStatus } from '../../src/contact-status/contact-status.component.js';
import { part } from '../support/dom.js';
import { FRIDAY_07, FRIDAY_21, KINGS_DAY_2026, SATURDAY_1830, SUNDAY_12, TUESDAY_10 } from '../support/instants.js';
import { mount, shadowText } from '../support/mount.js';

async function status(attributes: string, lang = 'nl'): Promise<ShnContactStatus> {
  const wrapper = await fixture(`<div lang="${lang}"><shn-contact-status ${attributes}></shn-contact-status></div>`);
  const element = wrapper.querySelector('shn-contact-status') as ShnContactStatus;
  await element.updateComplete;
  return element;
}

describe('<shn-contact-status>', () => {
  afterEach(() => sinon.restore());

  describe('public (default)', () => {
    it('says Slachtofferhulp can be reached day and night, with the number as a tel: link', async () => {
      const element = await status('');
      expect(shadowText(element)).to.contain('Dag en nacht bereikbaar');
      expect(shadowText(element)).to.contain('U kunt dag en nacht contact opnemen met Slachtofferhulp.');
      expect((part(element, 'website') as HTMLAnchorElement).href).to.equal('https://www.slachtofferhulp.nl/');
      const phone = part(element, 'phone') as HTMLAnchorElement;
      expect(phone.getAttribute('href')).to.equal('tel:09000101');
      expect(phone.textContent).to.equal('Bel 0900-0101');
      expect(element.getAttribute('state')).to.equal('open');
      expect(part(element, 'emergency')).to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('speaks English under an English ancestor', async () => {
      const element = await status('', 'en');
      expect(shadowText(element)).to.contain('Available day and night');
      await expect(element).to.be.accessible();
    });
  });

  describe('professional', () => {
    it('when open: says until when, and how to reach the professional option', async () => {
      const element = await status(`audience="professional" now="${TUESDAY_10}"`);
      const text = shadowText(element);
      expect(part(element, 'status')!.textContent).to.contain('Nu open');
      expect(text).to.contain('De lijn voor professionals is open tot 20:00 uur.');
      expect(text).to.contain('Bel 0900-0101 Kies in het keuzemenu voor Professional (optie 3).');
      expect(text).not.to.contain('Nederlandse tijd');
      expect(element.getAttribute('state')).to.equal('open');
      expect(part(element, 'emergency')).to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('after hours: says when it opens next and shows the emergency route, with no number', async () => {
      const element = await status(`audience="professional" now="${SATURDAY_1830}"`);
      expect(part(element, 'status')!.textContent).to.contain('Nu gesloten');
      expect(shadowText(element)).to.contain('De lijn voor professionals is weer open maandag om 08:00 uur.');
      const emergency = part(element, 'emergency')!;
      expect(emergency.textContent).to.contain('Alleen voor politie, GGD GHOR en gemeenten');
      expect(emergency.textContent).to.contain('meldkamer van de politie');
      expect(emergency.textContent).not.to.match(/\d/);
      expect(emergency.querySelector('a')).to.equal(null);
      expect(element.getAttribute('state')).to.equal('closed');
      await expect(element).to.be.accessible();
    });

    it('words the next opening as today, tomorrow or a weekday', async () => {
      expect(shadowText(await status(`audience="professional" now="${FRIDAY_07}"`))).to.contain('weer open vandaag om 08:00 uur');
      expect(shadowText(await status(`audience="professional" now="${FRIDAY_21}"`))).to.contain('weer open morgen om 10:00 uur');
      expect(shadowText(await status(`audience="professional" now="${SUNDAY_12}"`))).to.contain('weer open morgen om 08:00 uur');
      expect(shadowText(await status(`audience="professional" now="${SATURDAY_1830}"`))).to.contain('weer open maandag om 08:00 uur');
    });

    it('on a public holiday: names it and is closed', async () => {
      const element = await status(`audience="professional" now="${KINGS_DAY_2026}"`);
      expect(shadowText(element)).to.contain('Vandaag is het Koningsdag. De lijn voor professionals is weer open morgen om 08:00 uur.');
      expect(element.getAttribute('state')).to.equal('closed');
      await expect(element).to.be.accessible();
    });

    it('on a public holiday in English: names it in English', async () => {
      const element = await status(`audience="professional" now="${KINGS_DAY_2026}"`, 'en');
      expect(shadowText(element)).to.contain("Today is King's Day. The line for professionals opens again tomorrow at 08:00.");
      await expect(element).to.be.accessible();
    });

    it('public-holidays="open" keeps the weekly hours on holidays', async () => {
      const element = await status(`audience="professional" public-holidays="open" now="${KINGS_DAY_2026}"`);
      expect(element.getAttribute('state')).to.equal('open');
      expect(shadowText(element)).to.contain('open tot 20:00 uur');
    });

    it('in English, open and closed', async () => {
      const open = await status(`audience="professional" now="${TUESDAY_10}"`, 'en');
      expect(shadowText(open)).to.contain('Open now');
      expect(shadowText(open)).to.contain('The line for professionals is open until 20:00.');
      expect(shadowText(open)).to.contain('Call 0900-0101 Choose Professional in the phone menu (option 3).');
      await expect(open).to.be.accessible();
      const closed = await status(`audience="professional" now="${FRIDAY_21}"`, 'en');
      expect(shadowText(closed)).to.contain('The line for professionals opens again tomorrow at 10:00.');
      expect(part(closed, 'emergency')!.textContent).to.contain('Only for the police, GGD GHOR and municipalities');
      await expect(closed).to.be.accessible();
    });

    it('compact: keeps status, number and emergency route, drops the paragraph for victims', async () => {
      const element = await status(`audience="professional" compact now="${FRIDAY_21}"`);
      expect(part(element, 'emergency')).not.to.equal(null);
      expect(shadowText(element)).not.to.contain('Slachtoffer, getuige of nabestaande');
      await expect(element).to.be.accessible();
    });

    it('has no live region chatter on first render @wcag 4.1.3', async () => {
      const element = await status(`audience="professional" now="${TUESDAY_10}"`);
      expect(element.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim()).to.equal('');
    });
  });

  describe('language', () => {
    it('follows lang across a shadow root and when it changes at run time', async () => {
      const outer = await fixture<HTMLElement>(html`<div lang="en"></div>`);
      const host = document.createElement('div');
      outer.append(host);
      const root = host.attachShadow({ mode: 'open' });
      root.innerHTML = `<shn-contact-status audience="professional" now="${TUESDAY_10}"></shn-contact-status>`;
      const element = root.querySelector('shn-contact-status') as ShnContactStatus;
      await element.updateComplete;
      expect(shadowText(element)).to.contain('Open now');
      outer.setAttribute('lang', 'nl-NL');
      await new Promise((resolve) => setTimeout(resolve));
      await element.updateComplete;
      expect(shadowText(element)).to.contain('Nu open');
    });

    it("follows its own lang attribute", async () => {
      const element = await status(`audience="professional" now="${TUESDAY_10}"`);
      element.setAttribute('lang', 'en');
      await new Promise((resolve) => setTimeout(resolve));
      await element.updateComplete;
      expect(shadowText(element)).to.contain('Open now');
    });
  });

  describe('live clock', () => {
    it('flips at exactly closing time, once, with an event and one announcement @wcag 4.1.3', async () => {
      const clock = sinon.useFakeTimers({ now: new Date('2026-12-01T19:59:59.000+01:00'), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
      const events: CustomEvent[] = [];
      document.addEventListener('shn-status-change', (event) => events.push(event as CustomEvent));
      const element = await mount<ShnContactStatus>('<shn-contact-status audience="professional"></shn-contact-status>');
      try {
        expect(element.getAttribute('state')).to.equal('open');
        expect(clock.countTimers()).to.equal(1);
        clock.tick(999);
        await element.updateComplete;
        expect(element.getAttribute('state')).to.equal('open');
        expect(events).to.have.length(0);
        clock.tick(1);
        await element.updateComplete;
        expect(element.getAttribute('state')).to.equal('closed');
        expect(events).to.have.length(1);
        expect(events[0].bubbles && events[0].composed).to.equal(true);
        expect(events[0].detail.open).to.equal(false);
        expect(events[0].detail.changesAt.toISOString()).to.equal('2026-12-02T07:00:00.000Z');
        expect(element.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('De lijn voor professionals is nu gesloten.');
        expect(shadowText(element)).to.contain('weer open morgen om 08:00 uur');
        // At Dutch midnight the wording changes ("morgen" becomes "vandaag") without a flip.
        expect(clock.countTimers()).to.equal(1);
        clock.tick(4 * 3600 * 1000);
        await element.updateComplete;
        expect(shadowText(element)).to.contain('weer open vandaag om 08:00 uur');
        expect(events).to.have.length(1);
        clock.tick(8 * 3600 * 1000 - 1);
        await element.updateComplete;
        expect(element.getAttribute('state')).to.equal('closed');
        expect(events).to.have.length(1);
        clock.tick(1);
        await element.updateComplete;
        expect(element.getAttribute('state')).to.equal('open');
        expect(events).to.have.length(2);
        expect(element.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('De lijn voor professionals is nu open.');
      } finally {
        element.remove();
      }
    });

    it('re-checks at once when the page becomes visible again', async () => {
      const clock = sinon.useFakeTimers({ now: new Date('2026-12-01T19:00:00+01:00'), toFake: ['Date'] });
      const element = await mount<ShnContactStatus>('<shn-contact-status audience="professional"></shn-contact-status>');
      const events: CustomEvent[] = [];
      element.addEventListener('shn-status-change', (event) => events.push(event as CustomEvent));
      try {
        expect(element.getAttribute('state')).to.equal('open');
        // The laptop sleeps through closing time: the real timer has not fired, the clock moved on.
        clock.setSystemTime(new Date('2026-12-01T22:00:00+01:00'));
        document.dispatchEvent(new Event('visibilitychange'));
        await element.updateComplete;
        expect(element.getAttribute('state')).to.equal('closed');
        expect(events).to.have.length(1);
      } finally {
        element.remove();
      }
    });

    it('clears its timer and listeners when disconnected', async () => {
      const clock = sinon.useFakeTimers({ now: new Date('2026-12-01T10:00:00+01:00'), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
      const added = sinon.spy(document, 'addEventListener');
      const removed = sinon.spy(document, 'removeEventListener');
      const element = await mount<ShnContactStatus>('<shn-contact-status audience="professional"></shn-contact-status>');
      expect(clock.countTimers()).to.equal(1);
      element.remove();
      expect(clock.countTimers()).to.equal(0);
      const visibility = (spy: sinon.SinonSpy) => spy.getCalls().filter((call) => call.args[0] === 'visibilitychange').map((call) => call.args[1]);
      expect(visibility(added)).to.have.length(1);
      expect(visibility(removed)).to.deep.equal(visibility(added));
    });

    it('sets no timer while the clock is frozen with now', async () => {
      const clock = sinon.useFakeTimers({ now: new Date('2026-12-01T10:00:00+01:00'), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
      const element = await mount<ShnContactStatus>(`<shn-contact-status audience="professional" now="${TUESDAY_10}"></shn-contact-status>`);
      expect(clock.countTimers()).to.equal(0);
      element.remove();
    });
  });

  describe('bad input', () => {
    it('an unknown audience warns once and falls back to public', async () => {
      const warn = sinon.stub(console, 'warn');
      const element = await status('audience="staff"');
      element.requestUpdate();
      await element.updateComplete;
      expect(warn.callCount).to.equal(1);
      expect(warn.firstCall.args[0]).to.contain('<shn-contact-status>').and.contain('audience').and.contain('"staff"').and.contain('"public"');
      expect(shadowText(element)).to.contain('Dag en nacht bereikbaar');
    });

    it('an unparsable now warns once and uses the live clock', async () => {
      sinon.useFakeTimers({ now: new Date(TUESDAY_10), toFake: ['Date'] });
      const warn = sinon.stub(console, 'warn');
      const element = await mount<ShnContactStatus>('<shn-contact-status audience="professional" now="gisteren"></shn-contact-status>');
      try {
        expect(warn.callCount).to.equal(1);
        expect(warn.firstCall.args[0]).to.contain('<shn-contact-status>').and.contain('now').and.contain('"gisteren"');
        expect(shadowText(element)).to.contain('Nu open');
      } finally {
        element.remove();
      }
    });

    it('an unknown public-holidays value warns and keeps holidays closed', async () => {
      const warn = sinon.stub(console, 'warn');
      const element = await status(`audience="professional" public-holidays="sometimes" now="${KINGS_DAY_2026}"`);
      expect(warn.callCount).to.equal(1);
      expect(warn.firstCall.args[0]).to.contain('public-holidays').and.contain('"sometimes"');
      expect(element.getAttribute('state')).to.equal('closed');
    });

    it('invalid hours warn and fall back to the default hours', async () => {
      const warn = sinon.stub(console, 'warn');
      const element = await status(`audience="professional" now="${TUESDAY_10}"`);
      element.hours = { weekly: { 1: [{ from: '25:00', to: '26:00' }] } };
      await element.updateComplete;
      expect(warn.callCount).to.equal(1);
      expect(warn.firstCall.args[0]).to.contain('<shn-contact-status>').and.contain('hours').and.contain('25:00');
      expect(shadowText(element)).to.contain('Nu open');
    });
  });
});
