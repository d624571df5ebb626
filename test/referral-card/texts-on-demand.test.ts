import { expect } from '@open-wc/testing';
import '../../src/define/shn-referral-card.js';
import type { ShnReferralCard } from '../../src/referral-card/referral-card.component.js';
import { moduleRequests, recordRenders, removeRecorded } from '../support/on-demand.js';
import { card, fold, part, removeCards } from './card.js';

// A card carries the victims' Dutch words (its default audience); English (src/texts/), every other
// audience's words (other-audiences.ts) and the situations' questions (situation-questions.ts) are modules
// it imports only when it shows them. Tests count
// requests, so they hold in any order: the page downloads each module at most once. (Here the modules are
// served one by one; the CDN build puts each in a chunk, tested in test/dist/on-demand.test.mjs.)
const englishRequests = () => moduleRequests('texts/texts-en');
const otherRequests = () => moduleRequests('referral-card/other-audiences');
const questionRequests = () => moduleRequests('referral-card/situation-questions');
const renders = (attributes: Record<string, string>, lang: string) => recordRenders<ShnReferralCard>('shn-referral-card', attributes, lang);

describe('<shn-referral-card>: texts on demand', () => {
  afterEach(() => {
    removeCards();
    removeRecorded();
  });

  it('a Dutch victims\' card (the default) without a situation downloads none of it', async () => {
    const before = [englishRequests(), otherRequests(), questionRequests()];
    const element = await card('');
    expect(fold(part(element, 'heading'))).to.equal('Hulp voor slachtoffers');
    expect(fold(part(element, 'cta'))).to.equal('Vraag hulp aan');
    expect([englishRequests(), otherRequests(), questionRequests()]).to.deep.equal(before);
  });

  it('a card with a situation opens with its question from its first render on', async () => {
    const { element, snapshots } = await renders({ audience: 'witness', situation: 'fraud' }, 'nl');
    expect(fold(part(element, 'heading'))).to.equal('Slachtoffer van oplichting?');
    const shown = snapshots.filter((snapshot) => snapshot !== '');
    expect(shown.length).to.be.greaterThan(0);
    expect(shown.filter((snapshot) => !snapshot.startsWith('Slachtoffer van oplichting?'))).to.deep.equal([]);
    expect(questionRequests()).to.equal(1);
  });

  it('a witnesses\' card shows its own words from its first render on, and updateComplete waits for them', async () => {
    const { element, snapshots } = await renders({ audience: 'witness' }, 'nl');
    expect(fold(part(element, 'heading'))).to.equal('Hulp voor getuigen');
    // Until the texts are there the card shows the page's fallback (an empty shadow root here), never the victims' card.
    const shown = snapshots.filter((snapshot) => snapshot !== '');
    expect(shown.length).to.be.greaterThan(0);
    expect(shown.filter((snapshot) => !snapshot.startsWith('Hulp voor getuigen'))).to.deep.equal([]);
    expect(otherRequests()).to.equal(1);
  });

  it('an English card renders in English from its first render on; every element on the page shares one download', async () => {
    const { element, snapshots } = await renders({ audience: 'bereaved', situation: 'suicide' }, 'en');
    expect(fold(part(element, 'heading'))).to.equal('Lost someone to suicide?');
    expect(snapshots.filter((snapshot) => /Iemand verloren|Vraag hulp aan/.test(snapshot))).to.deep.equal([]);
    const municipality = await card('audience="municipality" domain="crisis"', { lang: 'en' });
    expect(fold(part(municipality, 'heading'))).to.equal('For municipalities');
    expect(fold(part(municipality, 'services'))).to.contain('Disaster');
    expect(englishRequests()).to.equal(1);
    expect(otherRequests()).to.equal(1);
  });
});
