import { expect } from '@open-wc/testing';
import '../../src/define/shn-referral-card.js';
import { FRIDAY_21, TUESDAY_10 } from '../support/instants.js';
import { mountIn } from './mount-in.js';
import { spoken } from './speech.js';


let wrapper: HTMLElement | undefined;
afterEach(() => wrapper?.remove());

describe('<shn-referral-card> read aloud', () => {
  it('victim, Dutch: heading, body, the call to action, then the number, whose purpose the sentence gives @wcag 1.3.1 1.3.2 2.4.4 2.4.6', async () => {
    wrapper = await mountIn('nl', '<shn-referral-card audience="victim"></shn-referral-card>');
    expect(spoken(wrapper)).to.deep.equal([
      'heading, level 2, Hulp voor slachtoffers',
      'Slachtofferhulp Nederland helpt u na een misdrijf, een ongeluk of een ramp.',
      'De hulp is gratis en komt van professionals.',
      'Samen kijken we welke hulp bij u past.',
      'link, Vraag hulp aan',
      'Of',
      'link, bel 0900-0101',
      '.',
      'Bij direct gevaar:',
      'link, bel 112',
      '.',
    ]);
  });

  it('victim, English, heading at level 3 @wcag 1.3.1 3.1.2', async () => {
    wrapper = await mountIn('en', '<shn-referral-card audience="victim" heading-level="3"></shn-referral-card>');
    const words = spoken(wrapper);
    expect(words[0]).to.equal('heading, level 3, Help for victims');
    expect(words).to.include('link, Ask for help');
  });

  for (const level of ['2', '3', '4', '5', '6']) {
    it(`heading-level="${level}" is the level a screen reader announces @wcag 1.3.1 2.4.6`, async () => {
      wrapper = await mountIn('nl', `<shn-referral-card audience="witness" heading-level="${level}"></shn-referral-card>`);
      expect(spoken(wrapper)[0]).to.match(new RegExp(`^heading, level ${level}, `));
    });
  }

  it('a situation card: the question as heading, then the situation sentence @wcag 1.3.1 2.4.6', async () => {
    wrapper = await mountIn('nl', '<shn-referral-card audience="victim" situation="burglary"></shn-referral-card>');
    const words = spoken(wrapper);
    expect(words[0]).to.match(/^heading, level 2, .+\?$/);
    expect(words[1]).to.equal('Wij helpen u als er bij u thuis is ingebroken.');
  });

  it('municipality: heading, body, the three domains as a list of 3, the status, then the call to action @wcag 1.3.1 1.3.2', async () => {
    wrapper = await mountIn('nl', `<shn-referral-card audience="municipality" now="${TUESDAY_10}"></shn-referral-card>`);
    const words = spoken(wrapper);
    expect(words[0]).to.equal('heading, level 2, Voor gemeenten');
    const list = words.indexOf('list, 3 items');
    expect(words.slice(list, list + 5)).to.deep.equal(['list, 3 items', 'Sociaal domein', 'Sociale veiligheid', 'Rampenbestrijding en crisisbeheersing', 'end of list']);
    expect(words.indexOf('Nu open')).to.be.greaterThan(list);
    expect(words.indexOf('link, Naar de pagina voor gemeenten')).to.be.greaterThan(words.indexOf('Nu open'));
  });

  it('municipal domain (English): the services are a list under their title @wcag 1.3.1 3.1.2', async () => {
    wrapper = await mountIn('en', `<shn-referral-card audience="municipality" domain="social" now="${TUESDAY_10}"></shn-referral-card>`);
    const words = spoken(wrapper);
    const title = words.indexOf('Social domain');
    expect(title).to.be.greaterThan(0);
    expect(words[title + 1]).to.equal('list, 4 items');
  });

  it('professional after hours: the nested status says closed, and the route follows @wcag 1.3.2', async () => {
    wrapper = await mountIn('nl', `<shn-referral-card audience="professional" now="${FRIDAY_21}"></shn-referral-card>`);
    const words = spoken(wrapper);
    expect(words).to.include('Nu gesloten');
    expect(words.indexOf('Alleen voor politie, GGD GHOR en gemeenten.')).to.be.greaterThan(words.indexOf('Nu gesloten'));
  });

  it('slotted text of the municipality is read in place, in its own language @wcag 1.3.2 3.1.2', async () => {
    wrapper = await mountIn(
      'nl',
      '<shn-referral-card audience="victim"><p>Of ga naar het wijkteam.</p><a slot="actions" href="https://example.org/wijkteam">Naar het wijkteam</a></shn-referral-card>',
    );
    const words = spoken(wrapper);
    expect(words.indexOf('Of ga naar het wijkteam.')).to.equal(4);
    expect(words).to.include('link, Naar het wijkteam');
  });

  // Found as defect B and fixed (see docs/accessibility.md): before the fix, the card's phone link is named only "0900-0101" ("Of bel" is outside
  // the link), so in a list of links it does not say what it does.
  it('the card\'s phone link says what it does, out of context @wcag 2.4.9', async () => {
    wrapper = await mountIn('nl', '<shn-referral-card audience="victim"></shn-referral-card>');
    const links = spoken(wrapper).filter((phrase) => phrase.startsWith('link, '));
    expect(links).to.have.length(3);
    expect(links[0]).to.equal('link, Vraag hulp aan');
    // "Of bel 0900-0101." with "bel 0900-0101" as the link reads well in the sentence and on its own.
    expect(links[1]).to.match(/^link, [Bb]el 0900-0101$/);
    expect(links[2]).to.equal('link, bel 112');
  });
});
