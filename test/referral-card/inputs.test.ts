import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define/shn-referral-card.js';
import { URLS } from '../../src/content/index.js';
import { TUESDAY_10, bodySentences, card, fold, isShown, nestedStatus, part, removeCards, settled } from './card.js';

const WHITESPACE = '\n      \n    ';

describe('<shn-referral-card> slots and attributes', () => {
  afterEach(() => {
    sinon.restore();
    removeCards();
  });

  describe('slots', () => {
    it('heading: replaces the text, keeps the heading element and its level', async () => {
      const element = await card('heading-level="3"', { children: '<span slot="heading">Hulp na een inbraak in Utrecht</span>' });
      const heading = part(element, 'heading')!;
      expect(heading.localName).to.equal('h3');
      const slot = heading.querySelector('slot')!;
      expect(slot.assignedElements().map((node) => node.textContent)).to.deep.equal(['Hulp na een inbraak in Utrecht']);
      expect(heading.getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('default: shows the municipality\'s own text', async () => {
      const element = await card('', { children: '<p>Of ga naar het wijkteam in uw buurt.</p>' });
      const slot = element.shadowRoot!.querySelector<HTMLSlotElement>('slot:not([name])')!;
      expect(slot.assignedElements().map((node) => node.textContent)).to.deep.equal(['Of ga naar het wijkteam in uw buurt.']);
      expect(isShown(slot.parentElement)).to.equal(true);
      expect(element.querySelector('p')!.getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('default: empty or white space only leaves no gap', async () => {
      const bare = await card('');
      const spaced = await card('', { children: WHITESPACE });
      const filled = await card('', { children: '<p>Extra tekst.</p>' });
      expect(isShown(spaced.shadowRoot!.querySelector('slot:not([name])')!.parentElement)).to.equal(false);
      expect(spaced.getBoundingClientRect().height).to.equal(bare.getBoundingClientRect().height);
      expect(filled.getBoundingClientRect().height).to.be.greaterThan(bare.getBoundingClientRect().height);
    });

    it('default: appears and disappears when the page adds or removes text later', async () => {
      const element = await card('');
      const bareHeight = element.getBoundingClientRect().height;
      const wrapper = () => element.shadowRoot!.querySelector('slot:not([name])')!.parentElement;
      expect(isShown(wrapper())).to.equal(false);
      const extra = document.createElement('p');
      extra.textContent = 'Later toegevoegd.';
      element.append(extra);
      await settled(element);
      expect(isShown(wrapper())).to.equal(true);
      extra.remove();
      await settled(element);
      expect(isShown(wrapper())).to.equal(false);
      expect(element.getBoundingClientRect().height).to.equal(bareHeight);
    });

    it('actions: extra links beside the button and the number', async () => {
      const element = await card('', { children: '<a slot="actions" href="https://www.utrecht.nl/wijkteam">Wijkteam Utrecht</a>' });
      const actions = part(element, 'actions')!;
      expect(isShown(actions)).to.equal(true);
      expect(actions.parentElement).to.equal(part(element, 'cta')!.parentElement);
      const link = element.querySelector('a')!;
      expect(actions.querySelector('slot')!.assignedElements()).to.deep.equal([link]);
      const cta = part(element, 'cta')!.getBoundingClientRect();
      const linkBox = link.getBoundingClientRect();
      expect(linkBox.left).to.be.greaterThan(cta.right);
      expect(linkBox.top).to.be.below(cta.bottom);
    });

    it('actions: hidden when empty', async () => {
      expect(isShown(part(await card(''), 'actions'))).to.equal(false);
    });
  });

  describe('heading-level', () => {
    it('defaults to h2', async () => {
      expect(part(await card(''), 'heading')!.localName).to.equal('h2');
    });

    for (const level of [3, 4, 5, 6]) {
      it(`${level} gives h${level}`, async () => {
        expect(part(await card(`heading-level="${level}"`), 'heading')!.localName).to.equal(`h${level}`);
      });
    }

    it('changes at run time', async () => {
      const element = await card('');
      element.headingLevel = '4';
      await element.updateComplete;
      expect(part(element, 'heading')!.localName).to.equal('h4');
      expect(fold(part(element, 'heading')!.textContent)).to.equal('Hulp voor slachtoffers');
    });
  });

  describe('bad values: one warning each, and a card that still helps', () => {
    const rerender = async (element: HTMLElement & { requestUpdate(): void; updateComplete: Promise<boolean> }) => {
      element.requestUpdate();
      await element.updateComplete;
    };

    const expectOneWarning = (warn: sinon.SinonStub, attribute: string, value: string, fallback: string) => {
      expect(warn.callCount, warn.args.map((args) => String(args[0])).join('\n')).to.equal(1);
      expect(warn.firstCall.args[0])
        .to.contain('<shn-referral-card>')
        .and.contain(`${attribute}="${value}"`)
        .and.contain(fallback);
    };

    it('an unknown audience falls back to victim', async () => {
      const warn = sinon.stub(console, 'warn');
      const element = await card('audience="staff"');
      await rerender(element);
      expectOneWarning(warn, 'audience', 'staff', 'using "victim"');
      expect(fold(part(element, 'heading')!.textContent)).to.equal('Hulp voor slachtoffers');
      expect(part(element, 'cta')!.getAttribute('href')).to.equal(URLS.home);
    });

    it('a heading level out of range falls back to h2', async () => {
      const warn = sinon.stub(console, 'warn');
      const element = await card('heading-level="7"');
      await rerender(element);
      expectOneWarning(warn, 'heading-level', '7', 'using 2');
      expect(part(element, 'heading')!.localName).to.equal('h2');
      expect(fold(part(element, 'heading')!.textContent)).to.equal('Hulp voor slachtoffers');
    });

    it('a heading level written as a tag name falls back to h2', async () => {
      const warn = sinon.stub(console, 'warn');
      const element = await card('heading-level="h3"');
      expectOneWarning(warn, 'heading-level', 'h3', 'using 2');
      expect(part(element, 'heading')!.localName).to.equal('h2');
    });

    it('an unknown domain shows the three domain names', async () => {
      const warn = sinon.stub(console, 'warn');
      const element = await card(`audience="municipality" domain="housing" now="${TUESDAY_10}"`);
      await rerender(element);
      expectOneWarning(warn, 'domain', 'housing', 'showing no domain');
      expect(warn.firstCall.args[0]).to.contain('social, social-safety, crisis');
      expect(part(element, 'services')!.querySelectorAll(':scope > ul > li')).to.have.length(3);
    });

    it('a domain on another audience is ignored', async () => {
      const warn = sinon.stub(console, 'warn');
      const element = await card('audience="victim" domain="crisis"');
      await rerender(element);
      expectOneWarning(warn, 'domain', 'crisis', 'ignoring it');
      expect(part(element, 'services')).to.equal(null);
      expect(fold(part(element, 'heading')!.textContent)).to.equal('Hulp voor slachtoffers');
    });

    it('an unknown situation leaves the card untailored', async () => {
      const warn = sinon.stub(console, 'warn');
      const element = await card('situation="flood"');
      await rerender(element);
      expectOneWarning(warn, 'situation', 'flood', 'without a situation');
      expect(fold(part(element, 'heading')!.textContent)).to.equal('Hulp voor slachtoffers');
      expect(bodySentences(element)[0]).to.equal('Slachtofferhulp Nederland helpt u na een misdrijf, een ongeluk of een ramp.');
    });

    it('a situation on a professional card is ignored', async () => {
      const warn = sinon.stub(console, 'warn');
      const element = await card(`audience="professional" situation="fraud" now="${TUESDAY_10}"`);
      await rerender(element);
      expectOneWarning(warn, 'situation', 'fraud', 'ignoring it');
      expect(fold(part(element, 'heading')!.textContent)).to.equal('Voor professionals');
      expect(part(element, 'cta')!.getAttribute('href')).to.equal(URLS.professionals);
    });

    it('each new bad value warns once more; a good value warns no more', async () => {
      const warn = sinon.stub(console, 'warn');
      const element = await card('audience="staff"');
      element.audience = 'public' as never; // bad values from plain JavaScript
      await element.updateComplete;
      element.audience = 'staff' as never;
      await element.updateComplete;
      element.audience = 'helper';
      await element.updateComplete;
      expect(warn.callCount).to.equal(2);
      expect(fold(part(element, 'heading')!.textContent)).to.equal('Voor helpers');
    });

    it('a bad now on a card without a status warns once; a good one is silently unused', async () => {
      const warn = sinon.stub(console, 'warn');
      const element = await card('audience="helper" now="morgen"');
      await rerender(element);
      expectOneWarning(warn, 'now', 'morgen', 'ignoring it');
      expect(fold(part(element, 'heading')!.textContent)).to.equal('Voor helpers');
      await card(`audience="helper" now="${TUESDAY_10}"`);
      expect(warn.callCount).to.equal(1);
    });

    it('values set from JavaScript that are not text: read as text, never thrown', async () => {
      const warn = sinon.stub(console, 'warn');
      const element = await card('');
      Object.assign(element, { audience: { toString: () => 'helper' }, situation: Object.create(null), headingLevel: 3, domain: ['social'] });
      await element.updateComplete;
      expect(fold(part(element, 'heading')!.textContent)).to.equal('Voor helpers');
      expect(part(element, 'heading')!.localName).to.equal('h3');
      expect(warn.callCount).to.equal(1);
      expect(warn.firstCall.args[0]).to.contain('domain="social"').and.contain('ignoring it');
    });

    it('a bad now is reported once by the nested status, which keeps the live clock', async () => {
      sinon.useFakeTimers({ now: new Date(TUESDAY_10), toFake: ['Date'] });
      const warn = sinon.stub(console, 'warn');
      const element = await card('audience="professional" now="gisteren"');
      await rerender(element);
      expect(warn.callCount).to.equal(1);
      expect(warn.firstCall.args[0]).to.contain('<shn-contact-status>').and.contain('now="gisteren"');
      expect(nestedStatus(element)!.getAttribute('state')).to.equal('open');
    });
  });
});
