import { expect } from '@open-wc/testing';
import '../../src/define/index.js';
import { fold, part } from '../support/dom.js';
import { moduleRequests, recordRenders, removeRecorded } from '../support/on-demand.js';
import { settle } from '../support/settle.js';

// A status carries its Dutch words; its English comes with the other elements' in one module (src/texts/),
// which a page loads the first time it shows an element in English, once for all. Tests count requests, so
// they hold in any order. (Here modules are served one by one; the CDN build puts the English in the one
// texts-en chunk, tested in test/dist/on-demand.test.mjs.)
const englishRequests = () => moduleRequests('texts/texts-en');
const hoursTextRequests = () => moduleRequests('contact-status/hours-text');
const renders = (attributes: Record<string, string>, lang: string) => recordRenders('shn-contact-status', attributes, lang);

describe('<shn-contact-status>: English on demand', () => {
  afterEach(() => {
    removeRecorded();
    for (const element of document.querySelectorAll('body > div')) element.remove();
  });

  it('a Dutch status downloads no English', async () => {
    const { element } = await renders({}, 'nl');
    expect(fold(part(element, 'status'))).to.equal('Dag en nacht bereikbaar');
    expect(englishRequests()).to.equal(0);
  });

  it('an English status renders in English from its first render on', async () => {
    const { element, snapshots } = await renders({}, 'en-GB');
    expect(fold(part(element, 'status'))).to.equal('Available day and night');
    expect(fold(part(element, 'phone'))).to.equal('Call 0900-0101');
    const shown = snapshots.filter((snapshot) => snapshot !== '');
    expect(shown.length).to.be.greaterThan(0);
    expect(shown.filter((snapshot) => /Dag en nacht|Bel 0900|U kunt/.test(snapshot))).to.deep.equal([]);
    expect(englishRequests()).to.equal(1);
  });

  it('statuses, a card with its nested status and a list in English share that one download', async () => {
    const { element, snapshots } = await renders({ audience: 'professional', now: '2026-12-01T21:00:00+01:00' }, 'en');
    expect(fold(part(element, 'status'))).to.equal('Closed now');
    expect(fold(part(element, 'phone'))).to.equal('Call 0900-0101');
    expect(fold(element.shadowRoot)).to.contain('Victim, witness or bereaved? You can contact Slachtofferhulp day and night.');
    expect(snapshots.filter((snapshot) => /Bel 0900|Nu gesloten|Slachtoffer, getuige/.test(snapshot))).to.deep.equal([]);
    const page = document.createElement('div');
    page.lang = 'en';
    page.innerHTML = `<shn-referral-card audience="professional"></shn-referral-card><shn-situation-list situations="fraud"></shn-situation-list>`;
    document.body.append(page);
    await settle(page);
    const nested = page.querySelector('shn-referral-card')!.shadowRoot!.querySelector('shn-contact-status')!;
    expect(fold(part(nested, 'phone'))).to.equal('Call 0900-0101');
    expect(englishRequests()).to.equal(1);
    expect(hoursTextRequests()).to.equal(1);
  });
});
