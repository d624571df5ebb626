import { expect } from '@open-wc/testing';
import '../../src/define/shn-situation-list.js';
import type { ShnSituationList } from '../../src/situation-list/situation-list.component.js';
import { moduleRequests, recordRenders, removeRecorded } from '../support/on-demand.js';
import { part, shownIds, situationList, text } from './helpers.js';

// The list's English texts (its strings and the situations' words) are a module that a list imports only
// when it shows English, and the search box comes with the search code. Tests count requests or look at
// renders, so they hold in any order; the whole page downloads each module at most once. (Here the modules
// are served one by one; the CDN build puts each in a chunk.)
const englishRequests = () => moduleRequests('texts/texts-en');

/** A list's renders, each with "[box] " in front when it had its search box. */
const renders = (attributes: Record<string, string>, lang: string) =>
  recordRenders<ShnSituationList>('shn-situation-list', attributes, lang, (element) => (element.shadowRoot!.querySelector('input') ? '[box] ' : '') + text(element.shadowRoot));

describe('<shn-situation-list>: English words on demand', () => {
  afterEach(removeRecorded);

  it('a Dutch list does not download the English words', async () => {
    const before = englishRequests();
    const element = await situationList('situations="fraud"', 'nl');
    expect(text(part(element, 'link'))).to.equal('Oplichting/onlinefraude');
    expect(englishRequests()).to.equal(before);
  });

  it('an English list renders in English from its first render on, and updateComplete waits for the words', async () => {
    const { element, snapshots } = await renders({ situations: 'fraud burglary' }, 'en');
    expect(text(part(element, 'link'))).to.equal('Fraud/online fraud');
    // Until the words are there the element shows the page's fallback (an empty shadow root here), never Dutch.
    const lists = snapshots.filter((snapshot) => snapshot !== '');
    expect(lists.length).to.be.greaterThan(0);
    expect(lists[0]).to.contain('Fraud/online fraud').and.to.contain('Burglary');
    expect(snapshots.filter((snapshot) => /Oplichting|Woninginbraken/.test(snapshot))).to.deep.equal([]);
    expect(englishRequests()).to.equal(1);
  });

  it('a list that switches to English follows once the words are there; every list on the page shares one download', async () => {
    const element = await situationList('situations="robbery"', 'nl');
    expect(text(part(element, 'link'))).to.equal('Overvallen');
    element.closest('div')!.lang = 'en-GB';
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(text(part(element, 'link'))).to.equal('Robbery');
    const [first, second] = await Promise.all([situationList('situations="fraud"', 'en'), situationList('situations="suicide"', 'en')]);
    expect(text(part(first, 'link'))).to.equal('Fraud/online fraud');
    expect(text(part(second, 'link'))).to.equal('Suicide');
    expect(text(part(second, 'crisis'))).to.contain('Are you thinking about suicide yourself?');
    expect(englishRequests()).to.equal(1);
  });

  it('a searchable list renders its box with its first render, never the list without it', async () => {
    const { element, snapshots } = await renders({ searchable: '', query: 'inbraak' }, 'nl');
    expect(shownIds(element)).to.deep.equal(['burglary']);
    // Until the search code is there the element shows the page's fallback (empty here), never a list without its box.
    expect(snapshots.filter((snapshot) => snapshot !== '').length).to.be.greaterThan(0);
    expect(snapshots.filter((snapshot) => snapshot !== '' && !snapshot.startsWith('[box] '))).to.deep.equal([]);
    expect(text(element.shadowRoot!.querySelector('label'))).to.equal('Zoek een situatie');
  });
});
