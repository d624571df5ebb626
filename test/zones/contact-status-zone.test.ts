import { expect, fixture } from '@open-wc/testing';
import '../../src/define/shn-contact-status.js';
import type { ShnContactStatus } from '../../src/contact-status/contact-status.component.js';
import { shadowText } from '../support/mount.js';

declare global {
  interface Window {
    __EXPECTED_ZONE__: string;
  }
}

// Runs in browsers started in Amsterdam, New York and Tokyo: the times shown are Dutch whatever the
// visitor's zone, and only a visitor whose clock differs is told so.
describe(`<shn-contact-status> in ${window.__EXPECTED_ZONE__}`, () => {
  const visitorIsDutch = window.__EXPECTED_ZONE__ === 'Europe/Amsterdam';

  it('runs in the zone this group was started in', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(window.__EXPECTED_ZONE__);
  });

  async function render(now: string, lang = 'nl'): Promise<string> {
    const wrapper = await fixture(`<div lang="${lang}"><shn-contact-status audience="professional" now="${now}"></shn-contact-status></div>`);
    const element = wrapper.querySelector('shn-contact-status') as ShnContactStatus;
    await element.updateComplete;
    return shadowText(element);
  }

  it('shows closing time in Dutch time', async () => {
    const text = await render('2026-12-01T10:00:00+01:00');
    expect(text).to.contain(visitorIsDutch ? 'open tot 20:00 uur.' : 'open tot 20:00 uur (Nederlandse tijd).');
  });

  it('shows the next opening in Dutch time, by the Dutch calendar day', async () => {
    // Friday 23:30 in Amsterdam is already Saturday morning in Tokyo, still Friday afternoon in New York:
    // "morgen" must follow the Dutch calendar.
    const text = await render('2026-12-04T23:30:00+01:00');
    expect(text).to.contain(visitorIsDutch ? 'weer open morgen om 10:00 uur.' : 'weer open morgen om 10:00 uur (Nederlandse tijd).');
  });

  it('says "Dutch time" in English', async () => {
    const text = await render('2026-12-01T10:00:00+01:00', 'en');
    expect(text).to.contain(visitorIsDutch ? 'open until 20:00.' : 'open until 20:00 (Dutch time).');
  });
});

// The residents' line read as keeping office hours follows the same Dutch clock.
describe(`<shn-contact-status public-line="office-hours"> in ${window.__EXPECTED_ZONE__}`, () => {
  const visitorIsDutch = window.__EXPECTED_ZONE__ === 'Europe/Amsterdam';

  async function render(now: string): Promise<ShnContactStatus> {
    const wrapper = await fixture(`<div lang="nl"><shn-contact-status public-line="office-hours" now="${now}"></shn-contact-status></div>`);
    const element = wrapper.querySelector('shn-contact-status') as ShnContactStatus;
    await element.updateComplete;
    return element;
  }

  it('is open at Friday 19:59:59 and closed at 20:00 Dutch time, whatever the visitor\'s zone', async () => {
    expect((await render('2026-12-04T19:59:59+01:00')).getAttribute('state')).to.equal('open');
    const closed = await render('2026-12-04T20:00:00+01:00');
    expect(closed.getAttribute('state')).to.equal('closed');
    expect(shadowText(closed)).to.contain(visitorIsDutch ? 'weer open morgen om 10:00 uur.' : 'weer open morgen om 10:00 uur (Nederlandse tijd).');
  });
});
