import { expect, fixture } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define/shn-contact-status.js';
import type { ShnContactStatus } from '../../src/contact-status/contact-status.component.js';
import { PUBLIC_LINE } from '../../src/content/index.js';
import { mount, shadowText } from '../support/mount.js';

const TUESDAY_10 = '2026-12-01T10:00:00+01:00';
const FRIDAY_21 = '2026-12-04T21:00:00+01:00';
const KINGS_DAY_2026 = '2026-04-27T11:00:00+02:00';

async function status(attributes: string, lang = 'nl'): Promise<ShnContactStatus> {
  const wrapper = await fixture(`<div lang="${lang}"><shn-contact-status ${attributes}></shn-contact-status></div>`);
  const element = wrapper.querySelector('shn-contact-status') as ShnContactStatus;
  await element.updateComplete;
  return element;
}

const part = (element: Element, name: string) => element.shadowRoot!.querySelector(`[part~="${name}"]`);
const liveRegion = (element: Element) => element.shadowRoot!.querySelector('[role="status"]')!.textContent;

describe('<shn-contact-status public-line>', () => {
  afterEach(() => sinon.restore());

  describe('the content module', () => {
    it('holds both readings with their sources', () => {
      expect(PUBLIC_LINE.always.source).to.contain('Factsheet 2023').and.contain('24/7');
      expect(PUBLIC_LINE['office-hours'].source).to.contain('omroepwest.nl').and.contain('politie.nl');
      expect(PUBLIC_LINE['office-hours'].hours.weekly[6]).to.deep.equal([{ from: '10:00', to: '17:00' }]);
    });
  });

  describe('always (default): the factsheet reading', () => {
    it('is the default, and the attribute says the same: day and night, at any hour', async () => {
      for (const attributes of [`now="${FRIDAY_21}"`, `public-line="always" now="${FRIDAY_21}"`, `public-line="always" now="${KINGS_DAY_2026}"`]) {
        const element = await status(attributes);
        expect(part(element, 'status')!.textContent).to.contain('Dag en nacht bereikbaar');
        expect(element.getAttribute('state')).to.equal('open');
      }
    });
  });

  describe('office-hours', () => {
    it('open: says so and until when, with the number and the website', async () => {
      const element = await status(`public-line="office-hours" now="${TUESDAY_10}"`);
      expect(part(element, 'status')!.textContent).to.contain('Nu open');
      expect(shadowText(element)).to.contain('De lijn is open tot 20:00 uur.');
      expect(shadowText(element)).not.to.contain('dag en nacht');
      expect(element.getAttribute('state')).to.equal('open');
      expect(part(element, 'phone')!.getAttribute('href')).to.equal('tel:09000101');
      expect((part(element, 'website') as HTMLAnchorElement).href).to.equal('https://www.slachtofferhulp.nl/');
      expect(part(element, 'emergency'), 'the piketdienst route is for professionals').to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('closed at night: when it opens again, open in a crisis, the website', async () => {
      const element = await status(`public-line="office-hours" now="${FRIDAY_21}"`);
      const text = shadowText(element);
      expect(part(element, 'status')!.textContent).to.contain('Nu gesloten');
      expect(element.getAttribute('state')).to.equal('closed');
      expect(text).to.contain('De lijn is weer open morgen om 10:00 uur.');
      expect(text).to.contain('Bij een crisis is de lijn ook buiten deze uren open.');
      expect(part(element, 'website')).not.to.equal(null);
      expect(text).not.to.contain('Dag en nacht');
      await expect(element).to.be.accessible();
    });

    it('closed on a public holiday, and open on it with public-holidays="open"', async () => {
      const closed = await status(`public-line="office-hours" now="${KINGS_DAY_2026}"`);
      expect(closed.getAttribute('state')).to.equal('closed');
      expect(shadowText(closed)).to.contain('Vandaag is het Koningsdag. De lijn is weer open morgen om 08:00 uur.');
      const open = await status(`public-line="office-hours" public-holidays="open" now="${KINGS_DAY_2026}"`);
      expect(open.getAttribute('state')).to.equal('open');
      expect(shadowText(open)).to.contain('De lijn is open tot 20:00 uur.');
    });

    it('in English', async () => {
      const open = await status(`public-line="office-hours" now="${TUESDAY_10}"`, 'en');
      expect(shadowText(open)).to.contain('Open now').and.contain('The line is open until 20:00.');
      const closed = await status(`public-line="office-hours" now="${FRIDAY_21}"`, 'en');
      expect(shadowText(closed)).to.contain('Closed now');
      expect(shadowText(closed)).to.contain('The line opens again tomorrow at 10:00.');
      expect(shadowText(closed)).to.contain('In a crisis, the line is also open outside these hours.');
      const holiday = await status(`public-line="office-hours" now="${KINGS_DAY_2026}"`, 'en');
      expect(shadowText(holiday)).to.contain("Today is King's Day. The line opens again tomorrow at 08:00.");
      await expect(closed).to.be.accessible();
    });

    it('changes the residents\' part of the closed professional status too', async () => {
      const always = await status(`audience="professional" now="${FRIDAY_21}"`);
      expect(shadowText(always)).to.contain('U kunt dag en nacht contact opnemen met Slachtofferhulp.');
      const officeHours = await status(`audience="professional" public-line="office-hours" now="${FRIDAY_21}"`);
      expect(shadowText(officeHours)).not.to.contain('dag en nacht');
      expect(shadowText(officeHours)).to.contain('Slachtoffer, getuige of nabestaande? Bij een crisis is de lijn ook buiten deze uren open.');
    });

    it('flips between the two readings from the attribute alone', async () => {
      const element = await status(`now="${FRIDAY_21}"`);
      expect(element.getAttribute('state')).to.equal('open');
      element.setAttribute('public-line', 'office-hours');
      await element.updateComplete;
      expect(element.getAttribute('state')).to.equal('closed');
      expect(shadowText(element)).to.contain('De lijn is weer open morgen om 10:00 uur.');
      element.removeAttribute('public-line');
      await element.updateComplete;
      expect(element.getAttribute('state')).to.equal('open');
      expect(shadowText(element)).to.contain('Dag en nacht bereikbaar');
    });
  });

  describe('office-hours, live clock', () => {
    async function live(at: string): Promise<{ element: ShnContactStatus; clock: sinon.SinonFakeTimers; events: CustomEvent[] }> {
      const clock = sinon.useFakeTimers({ now: new Date(at), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
      const element = await mount<ShnContactStatus>('<shn-contact-status public-line="office-hours"></shn-contact-status>');
      const events: CustomEvent[] = [];
      element.addEventListener('shn-status-change', (event) => events.push(event as CustomEvent));
      return { element, clock, events };
    }

    it('closes at exactly Friday 20:00, with one event and one announcement', async () => {
      const { element, clock, events } = await live('2026-12-04T19:59:59.000+01:00');
      try {
        expect(element.getAttribute('state')).to.equal('open');
        expect(liveRegion(element)).to.equal('');
        clock.tick(999);
        await element.updateComplete;
        expect(element.getAttribute('state')).to.equal('open');
        expect(events).to.have.length(0);
        clock.tick(1);
        await element.updateComplete;
        expect(element.getAttribute('state')).to.equal('closed');
        expect(events).to.have.length(1);
        expect(events[0].detail.open).to.equal(false);
        expect(events[0].detail.changesAt.toISOString()).to.equal('2026-12-05T09:00:00.000Z');
        expect(liveRegion(element)).to.equal('De lijn is nu gesloten.');
        expect(shadowText(element)).to.contain('De lijn is weer open morgen om 10:00 uur.');
      } finally {
        element.remove();
      }
    });

    it('opens at exactly Saturday 10:00', async () => {
      const { element, clock, events } = await live('2026-12-05T09:59:59.999+01:00');
      try {
        expect(element.getAttribute('state')).to.equal('closed');
        expect(shadowText(element)).to.contain('De lijn is weer open vandaag om 10:00 uur.');
        clock.tick(1);
        await element.updateComplete;
        expect(element.getAttribute('state')).to.equal('open');
        expect(events).to.have.length(1);
        expect(liveRegion(element)).to.equal('De lijn is nu open.');
        expect(shadowText(element)).to.contain('De lijn is open tot 17:00 uur.');
      } finally {
        element.remove();
      }
    });

    it('stays closed through a public holiday (Koningsdag) and opens the next morning', async () => {
      const { element, clock, events } = await live('2026-04-26T23:59:59.000+02:00');
      try {
        clock.tick(1000);
        await element.updateComplete;
        expect(element.getAttribute('state')).to.equal('closed');
        expect(shadowText(element)).to.contain('Vandaag is het Koningsdag.');
        clock.tick(10 * 3600 * 1000);
        await element.updateComplete;
        expect(element.getAttribute('state'), 'Monday 27 April 10:00, Koningsdag').to.equal('closed');
        expect(events).to.have.length(0);
        clock.tick(22 * 3600 * 1000 - 1);
        await element.updateComplete;
        expect(element.getAttribute('state')).to.equal('closed');
        clock.tick(1);
        await element.updateComplete;
        expect(element.getAttribute('state'), 'Tuesday 28 April 08:00').to.equal('open');
        expect(events).to.have.length(1);
      } finally {
        element.remove();
      }
    });

    it('the factsheet reading sets no timer: it never changes', async () => {
      const clock = sinon.useFakeTimers({ now: new Date(TUESDAY_10), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
      const element = await mount<ShnContactStatus>('<shn-contact-status></shn-contact-status>');
      try {
        expect(clock.countTimers()).to.equal(0);
      } finally {
        element.remove();
      }
    });
  });

  describe('bad input', () => {
    it('an unknown value warns once, naming element, attribute and value, and falls back to always', async () => {
      const warn = sinon.stub(console, 'warn');
      const element = await status(`public-line="kantoortijden" now="${FRIDAY_21}"`);
      element.requestUpdate();
      await element.updateComplete;
      expect(warn.callCount).to.equal(1);
      expect(warn.firstCall.args[0]).to.contain('<shn-contact-status>').and.contain('public-line').and.contain('"kantoortijden"').and.contain('"always"');
      expect(shadowText(element)).to.contain('Dag en nacht bereikbaar');
      expect(element.getAttribute('state')).to.equal('open');
    });
  });
});
