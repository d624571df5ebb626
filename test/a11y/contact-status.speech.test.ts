import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define/shn-contact-status.js';
import { FRIDAY_21, TUESDAY_10 } from '../support/instants.js';
import { mountIn, widget } from './mount-in.js';
import { Announcements, liveRegions, politeness, spoken } from './speech.js';

// Dutch time. The professional line: Mon–Fri 08:00–20:00, Sat 10:00–17:00.

let wrapper: HTMLElement | undefined;
afterEach(() => wrapper?.remove());

describe('<shn-contact-status> read aloud', () => {
  it('public, Dutch: the status line, the sentence, then links that say what they do; the coloured dot is silent @wcag 1.1.1 1.3.1 2.4.4 4.1.2', async () => {
    wrapper = await mountIn('nl', '<shn-contact-status audience="public"></shn-contact-status>');
    expect(spoken(wrapper)).to.deep.equal([
      'Dag en nacht bereikbaar',
      'U kunt dag en nacht contact opnemen met Slachtofferhulp.',
      'link, Bel 0900-0101',
      'link, slachtofferhulp.nl',
      'Bij direct gevaar:',
      'link, bel 112',
      '.',
    ]);
  });

  it('public, English: the same in English @wcag 3.1.2 2.4.4', async () => {
    wrapper = await mountIn('en', '<shn-contact-status audience="public"></shn-contact-status>');
    expect(spoken(wrapper)).to.deep.equal([
      'Available day and night',
      'You can contact Slachtofferhulp day and night.',
      'link, Call 0900-0101',
      'link, slachtofferhulp.nl',
      'In immediate danger:',
      'link, call 112',
      '.',
    ]);
  });

  it('professional, open: status, until when, the number, the menu option @wcag 1.3.1 1.3.2', async () => {
    wrapper = await mountIn('nl', `<shn-contact-status audience="professional" now="${TUESDAY_10}"></shn-contact-status>`);
    expect(spoken(wrapper)).to.deep.equal([
      'Nu open',
      'De lijn voor professionals is open tot 20:00 uur.',
      'link, Bel 0900-0101',
      'Kies in het keuzemenu voor Professional (optie 3).',
    ]);
  });

  for (const [lang, expected] of [
    ['nl', ['Nu gesloten', 'De lijn voor professionals is weer open morgen om 10:00 uur.']],
    ['en', ['Closed now', 'The line for professionals opens again tomorrow at 10:00.']],
  ] as const) {
    it(`professional, closed (${lang}): says closed and when it opens, before the route @wcag 1.3.2 3.1.2`, async () => {
      wrapper = await mountIn(lang, `<shn-contact-status audience="professional" now="${FRIDAY_21}"></shn-contact-status>`);
      expect(spoken(wrapper).slice(0, 2)).to.deep.equal(expected);
    });
  }

  // Found as defect A and fixed (see docs/accessibility.md): before the fix, the emergency route is a <div> with a bold <p>, read as two loose
  // sentences; a screen-reader user who jumps in cannot tell where it starts and ends or whom it is for.
  it('professional, closed: the after-hours route is one group named by whom it is for, in shn-contact-status and in the shn-referral-card that nests it @wcag 1.3.1', async () => {
    wrapper = await mountIn('nl', `<shn-contact-status audience="professional" now="${FRIDAY_21}"></shn-contact-status>`);
    const words = spoken(wrapper);
    const start = words.indexOf('group, Alleen voor politie, GGD GHOR en gemeenten.');
    expect(start, words.join(' | ')).to.equal(2);
    expect(words[start + 1]).to.equal('Alleen voor politie, GGD GHOR en gemeenten.');
    expect(words[start + 2]).to.match(/^Buiten deze uren en alleen bij spoed/);
    expect(words[start + 3]).to.equal('end of group');
  });

  it('the live region is polite and silent on first render @wcag 4.1.3 2.2.2', async () => {
    wrapper = await mountIn('nl', `<shn-contact-status audience="professional" now="${TUESDAY_10}"></shn-contact-status>`);
    const regions = liveRegions(wrapper);
    expect(regions).to.have.length(1);
    expect(politeness(regions[0])).to.equal('polite');
    expect(regions[0].textContent).to.equal('');
  });

  it('a flip is announced once; renders that change nothing announce nothing @wcag 4.1.3 2.2.2', async () => {
    const clock = sinon.useFakeTimers({ now: new Date('2026-12-01T19:59:59.000+01:00'), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    try {
      wrapper = await mountIn('nl', '<shn-contact-status audience="professional"></shn-contact-status>');
      const element = widget(wrapper, 'shn-contact-status');
      const heard = new Announcements(wrapper);
      // Renders without a flip (a re-check when the page becomes visible) say nothing.
      element.requestUpdate();
      await element.updateComplete;
      expect(heard.take()).to.deep.equal([]);
      clock.tick(1000);
      await element.updateComplete;
      expect(heard.take()).to.deep.equal(['De lijn voor professionals is nu gesloten.']);
      // At Dutch midnight the text changes ("morgen" → "vandaag") but the line stays closed: no announcement.
      clock.tick(4 * 3600 * 1000);
      await element.updateComplete;
      element.requestUpdate();
      await element.updateComplete;
      expect(heard.take()).to.deep.equal(['De lijn voor professionals is nu gesloten.']);
      clock.tick(8 * 3600 * 1000);
      await element.updateComplete;
      expect(heard.take()).to.deep.equal(['De lijn voor professionals is nu gesloten.', 'De lijn voor professionals is nu open.']);
      heard.stop();
    } finally {
      clock.restore();
    }
  });

  it('a flip in English is announced in English @wcag 4.1.3 3.1.2', async () => {
    wrapper = await mountIn('en', `<shn-contact-status audience="professional" now="${TUESDAY_10}"></shn-contact-status>`);
    const element = widget(wrapper, 'shn-contact-status');
    const heard = new Announcements(wrapper);
    element.setAttribute('now', FRIDAY_21);
    await element.updateComplete;
    expect(heard.take()).to.deep.equal(['The line for professionals is closed now.']);
    heard.stop();
  });
});
