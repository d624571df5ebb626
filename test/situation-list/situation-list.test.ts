import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import {
  SITUATIONS,
  SITUATION_IDS,
  URLS,
  resetUrlOverrides,
  setUrlOverrides,
  situationsForAudience,
} from '../../src/content/index.js';
import { ShnSituationList } from '../../src/situation-list/situation-list.component.js';
import { VERSION } from '../../src/core/version.js';
import { item, linkOf, part, parts, shownIds, situationList, text } from './helpers.js';

describe('<shn-situation-list>', () => {
  afterEach(() => {
    sinon.restore();
    resetUrlOverrides();
  });

  describe('by default', () => {
    it('shows all fourteen situations in factsheet order, each a link with its label and its sentence', async () => {
      const element = await situationList();
      expect(shownIds(element)).to.deep.equal([...SITUATION_IDS]);
      for (const id of SITUATION_IDS) {
        const situation = SITUATIONS[id];
        const entry = item(element, id)!;
        const links = entry.querySelectorAll('a');
        const link = entry.querySelector('[part~="link"]') as HTMLAnchorElement;
        expect(text(link)).to.equal(situation.label.nl);
        expect(link.getAttribute('href')).to.equal(situation.url);
        expect(text(entry.querySelector('[part~="description"]'))).to.equal(situation.description.nl);
        // One link per situation, except the 113 links under suicide.
        expect(links.length, situation.id).to.equal(situation.id === 'suicide' ? 4 : 1);
      }
    });

    it('links to the verified page where there is one, else to the home page', async () => {
      const element = await situationList();
      const href = (id: string) => linkOf(element, id)!.getAttribute('href');
      expect(href('fraud')).to.equal('https://www.slachtofferhulp.nl/gebeurtenissen/oplichting-en-fraude/online-fraude/');
      expect(href('missing-persons')).to.equal('https://www.slachtofferhulp.nl/gebeurtenissen/vermissing-persoon/');
      expect(href('burglary')).to.equal(URLS.home);
      expect(href('suicide')).to.equal(URLS.home);
    });

    it("follows the site's own link for a situation", async () => {
      setUrlOverrides({ 'situation:burglary': 'https://www.gemeente.nl/inbraak' });
      const element = await situationList();
      const link = linkOf(element, 'burglary')!;
      expect(link.getAttribute('href')).to.equal('https://www.gemeente.nl/inbraak');
    });

    it('names each link by its label only, and describes it by its sentence', async () => {
      const element = await situationList();
      const link = linkOf(element, 'fraud')!;
      const description = element.shadowRoot!.getElementById(link.getAttribute('aria-describedby')!);
      expect(text(description)).to.equal(SITUATIONS.fraud.description.nl);
      expect(link.hasAttribute('aria-label')).to.equal(false);
    });

    it('has no heading, no search box and no live region', async () => {
      const element = await situationList();
      expect(element.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6, [part~="heading"]')).to.equal(null);
      expect(part(element, 'search')).to.equal(null);
      expect(part(element, 'count')).to.equal(null);
      expect(part(element, 'list')!.hasAttribute('aria-labelledby')).to.equal(false);
      expect(part(element, 'base')).not.to.equal(null);
    });

    it('speaks English under an English ancestor', async () => {
      const element = await situationList('', 'en');
      const first = parts(element, 'item')[0];
      expect(text(first.querySelector('[part~="link"]'))).to.equal('Violent crime');
      expect(text(first.querySelector('[part~="description"]'))).to.equal(SITUATIONS.violence.description.en);
    });

    it('carries the package version', () => {
      expect(ShnSituationList.shnVersion).to.equal(VERSION);
      expect(customElements.get('shn-situation-list')).to.equal(ShnSituationList);
    });
  });

  describe('situations', () => {
    it('shows exactly the listed situations, in that order', async () => {
      expect(shownIds(await situationList('situations="fraud,burglary"'))).to.deep.equal(['fraud', 'burglary']);
      expect(shownIds(await situationList('situations="burglary,fraud"'))).to.deep.equal(['burglary', 'fraud']);
    });

    it('tolerates white space and shows a duplicate once', async () => {
      const element = await situationList('situations="  burglary ,fraud,\n  burglary  suicide "');
      expect(shownIds(element)).to.deep.equal(['burglary', 'fraud', 'suicide']);
    });

    it('skips unknown ids with one warning naming them', async () => {
      const warn = sinon.stub(console, 'warn');
      const element = await situationList('situations="fraud,inbraak,theft"');
      element.requestUpdate();
      await element.updateComplete;
      expect(shownIds(element)).to.deep.equal(['fraud']);
      expect(warn.callCount).to.equal(1);
      expect(warn.firstCall.args[0]).to.contain('<shn-situation-list>').and.contain('situations').and.contain('inbraak').and.contain('theft');
    });

    it('shows all situations, with one warning, when none is valid', async () => {
      const warn = sinon.stub(console, 'warn');
      const element = await situationList('situations="inbraak"');
      expect(shownIds(element)).to.deep.equal([...SITUATION_IDS]);
      expect(warn.callCount).to.equal(1);
      expect(warn.firstCall.args[0]).to.contain('<shn-situation-list>').and.contain('situations="inbraak"').and.contain('showing all');
    });

    it('shows all situations, without a warning, when the attribute is empty', async () => {
      const warn = sinon.stub(console, 'warn');
      expect(shownIds(await situationList('situations=" , "'))).to.deep.equal([...SITUATION_IDS]);
      expect(warn.callCount).to.equal(0);
    });

    it('follows a change of the property', async () => {
      const element = await situationList('situations="fraud"');
      element.situations = 'robbery, violence';
      await element.updateComplete;
      expect(shownIds(element)).to.deep.equal(['robbery', 'violence']);
    });
  });

  describe('audience', () => {
    it('shows only the situations that concern the audience', async () => {
      for (const audience of ['professional', 'left-behind', 'municipality'] as const) {
        const element = await situationList(`audience="${audience}"`);
        expect(shownIds(element), audience).to.deep.equal(situationsForAudience(audience).map((s) => s.id));
      }
      expect(shownIds(await situationList('audience="professional"'))).to.deep.equal([
        'workplace-accidents',
        'suicide',
        'disaster-crisis',
        'body-discovery',
        'transgressive-behaviour',
      ]);
    });

    it('with situations: shows the ones in both, in the order of situations', async () => {
      const element = await situationList('audience="professional" situations="body-discovery, fraud, suicide"');
      expect(shownIds(element)).to.deep.equal(['body-discovery', 'suicide']);
    });

    it('with situations that do not concern it: warns and ignores the audience (never blank)', async () => {
      const warn = sinon.stub(console, 'warn');
      const element = await situationList('audience="professional" situations="fraud,burglary"');
      expect(shownIds(element)).to.deep.equal(['fraud', 'burglary']);
      expect(warn.callCount).to.equal(1);
      expect(warn.firstCall.args[0]).to.contain('<shn-situation-list>').and.contain('audience="professional"').and.contain('fraud,burglary');
    });

    it('an unknown audience warns once and shows all situations', async () => {
      const warn = sinon.stub(console, 'warn');
      const element = await situationList('audience="staff"');
      element.requestUpdate();
      await element.updateComplete;
      expect(shownIds(element)).to.deep.equal([...SITUATION_IDS]);
      expect(warn.callCount).to.equal(1);
      expect(warn.firstCall.args[0]).to.contain('<shn-situation-list>').and.contain('audience="staff"').and.contain('professional');
    });
  });

  describe('heading', () => {
    it('shows the heading attribute as an h2 that labels the list', async () => {
      const element = await situationList('heading="Waarmee helpen wij?"');
      const heading = part(element, 'heading')!;
      expect(heading.localName).to.equal('h2');
      expect(text(heading)).to.equal('Waarmee helpen wij?');
      expect(part(element, 'list')!.getAttribute('aria-labelledby')).to.equal(heading.id);
      expect(element.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')).to.have.length(1);
    });

    it('uses heading-level 2 to 6', async () => {
      for (const level of [2, 3, 4, 5, 6]) {
        const element = await situationList(`heading="Hulp" heading-level="${level}"`);
        expect(part(element, 'heading')!.localName).to.equal(`h${level}`);
      }
    });

    it('a bad heading-level warns once and falls back to 2', async () => {
      for (const bad of ['1', '7', 'h3', '2.5']) {
        const warn = sinon.stub(console, 'warn');
        const element = await situationList(`heading="Hulp" heading-level="${bad}"`);
        element.requestUpdate();
        await element.updateComplete;
        expect(part(element, 'heading')!.localName, bad).to.equal('h2');
        expect(warn.callCount, bad).to.equal(1);
        expect(warn.firstCall.args[0]).to.contain('<shn-situation-list>').and.contain('heading-level').and.contain(`"${bad}"`);
        warn.restore();
      }
    });

    it('a bad heading-level warns also when there is no heading', async () => {
      const warn = sinon.stub(console, 'warn');
      const element = await situationList('heading-level="7"');
      expect(part(element, 'heading')).to.equal(null);
      expect(warn.callCount).to.equal(1);
      expect(warn.firstCall.args[0]).to.contain('<shn-situation-list>').and.contain('heading-level').and.contain('"7"');
    });

    it('a heading or search words that cannot become text show as empty, without an exception', async () => {
      const element = await situationList('searchable');
      const errors: unknown[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.error);
      window.addEventListener('error', onError);
      try {
        element.heading = Object.create(null) as string;
        const unprintable = {
          toString(): string {
            throw new Error('no text');
          },
        };
        element.query = unprintable as unknown as string;
        await element.updateComplete;
      } finally {
        window.removeEventListener('error', onError);
      }
      expect(errors).to.deep.equal([]);
      expect(part(element, 'heading')).to.equal(null);
      expect((part(element, 'input') as HTMLInputElement).value).to.equal('');
      expect(part(element, 'list')!.querySelectorAll('li')).to.have.length(14);
    });

    it('a blank heading attribute gives no heading element', async () => {
      const element = await situationList('heading="   "');
      expect(part(element, 'heading')).to.equal(null);
    });

    it('shows the heading slot inside the heading element, before the attribute', async () => {
      const element = await situationList('heading="Tekst" heading-level="3"', 'nl', '<span slot="heading">Hulp bij <em>uw</em> situatie</span>');
      const heading = part(element, 'heading')!;
      expect(heading.localName).to.equal('h3');
      const slot = heading.querySelector('slot') as HTMLSlotElement;
      expect(slot.name).to.equal('heading');
      expect(slot.assignedElements().map((node) => text(node))).to.deep.equal(['Hulp bij uw situatie']);
      expect(part(element, 'list')!.getAttribute('aria-labelledby')).to.equal(heading.id);
    });

    it('adds and removes the heading when slotted content comes and goes', async () => {
      const element = await situationList();
      expect(part(element, 'heading')).to.equal(null);
      const span = document.createElement('span');
      span.slot = 'heading';
      span.textContent = 'Waarmee helpen wij?';
      element.append(span);
      await new Promise((resolve) => setTimeout(resolve));
      await element.updateComplete;
      expect(part(element, 'heading')!.localName).to.equal('h2');
      span.remove();
      await new Promise((resolve) => setTimeout(resolve));
      await element.updateComplete;
      expect(part(element, 'heading')).to.equal(null);
    });
  });

  describe('hostile input', () => {
    it('never throws for odd property values, and never renders blank', async () => {
      const warn = sinon.stub(console, 'warn');
      const element = await situationList();
      (element as unknown as { situations: unknown }).situations = ['fraud', 'robbery'];
      (element as unknown as { audience: unknown }).audience = 42;
      await element.updateComplete;
      expect(shownIds(element)).to.deep.equal(['fraud', 'robbery']);
      expect(warn.callCount).to.equal(1);
      (element as unknown as { situations: unknown }).situations = null;
      (element as unknown as { audience: unknown }).audience = undefined;
      await element.updateComplete;
      expect(shownIds(element)).to.have.length(14);
    });

    it('accepts a heading and heading level set from JavaScript, even as null or a number', async () => {
      const element = await situationList();
      (element as unknown as { heading: unknown }).heading = null;
      await element.updateComplete;
      expect(part(element, 'heading')).to.equal(null);
      (element as unknown as { heading: unknown }).heading = 'Hulp';
      (element as unknown as { headingLevel: unknown }).headingLevel = 4;
      await element.updateComplete;
      expect(part(element, 'heading')!.localName).to.equal('h4');
    });

    it('quotes at most 80 characters of a huge value back', async () => {
      const warn = sinon.stub(console, 'warn');
      await situationList(`situations="${'x'.repeat(5000)}"`);
      expect(warn.callCount).to.equal(1);
      expect((warn.firstCall.args[0] as string).length).to.be.below(500);
    });
  });
});
