import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define/shn-referral-card.js';
import type { AudienceId } from '../../src/content/index.js';
import { expectDangerLine, expectNoDangerLine } from '../support/danger-line.js';
import { FRIDAY_21, TUESDAY_10, card, fold, nestedStatus, part, removeCards } from './card.js';

const RESIDENTS: AudienceId[] = ['victim', 'witness', 'bereaved', 'left-behind', 'vulnerable'];
const KINGS_DAY_2026 = '2026-04-27T11:00:00+02:00';

describe('<shn-referral-card>: 112 and the residents\' line', () => {
  afterEach(() => {
    sinon.restore();
    removeCards();
  });

  describe('112 in immediate danger', () => {
    for (const lang of ['nl', 'en'] as const) {
      for (const audience of RESIDENTS) {
        it(`${audience} (${lang}): one tel:112 link, named for what it does, also with a situation`, async () => {
          const plain = await card(`audience="${audience}"`, { lang });
          expectDangerLine(plain, lang);
          expect(nestedStatus(plain), 'no status with the factsheet reading').to.equal(null);
          const tailored = await card(`audience="${audience}" situation="burglary"`, { lang });
          expectDangerLine(tailored, lang);
          await expect(plain).to.be.accessible();
        });
      }
    }

    for (const lang of ['nl', 'en'] as const) {
      it(`helper (${lang}): one tel:112 link too, for whoever the helper is with`, async () => {
        const helper = await card('audience="helper"', { lang });
        expectDangerLine(helper, lang);
        expect(nestedStatus(helper), 'no status').to.equal(null);
      });
    }

    for (const audience of ['professional', 'municipality'] as AudienceId[]) {
      it(`${audience}: no 112 line (noise for professionals and municipalities)`, async () => {
        expectNoDangerLine(await card(`audience="${audience}" now="${FRIDAY_21}"`));
        expectNoDangerLine(await card(`audience="${audience}" public-line="office-hours" now="${FRIDAY_21}"`));
      });
    }
  });

  describe('public-line="office-hours"', () => {
    for (const audience of RESIDENTS) {
      it(`${audience}: nests the residents' status, live, with 112 once`, async () => {
        const element = await card(`audience="${audience}" public-line="office-hours" now="${FRIDAY_21}"`);
        const status = nestedStatus(element)!;
        expect(status, 'a nested status').not.to.equal(null);
        expect(status.getAttribute('audience')).to.equal('public');
        expect(status.getAttribute('public-line')).to.equal('office-hours');
        expect(status.getAttribute('state')).to.equal('closed');
        expect(fold(status.shadowRoot!.textContent)).to.contain('De lijn is weer open morgen om 10:00 uur.');
        expect(fold(status.shadowRoot!.textContent)).to.contain('Bij een crisis is de lijn ook buiten deze uren open.');
        expectDangerLine(element, 'nl');
        await expect(element).to.be.accessible();
      });
    }

    it('open during office hours, closed on a public holiday, in English', async () => {
      const open = await card(`audience="victim" public-line="office-hours" now="${TUESDAY_10}"`, { lang: 'en' });
      expect(nestedStatus(open)!.getAttribute('state')).to.equal('open');
      expect(fold(nestedStatus(open)!.shadowRoot!.textContent)).to.contain('The line is open until 20:00.');
      expectDangerLine(open, 'en');
      const holiday = await card(`audience="victim" public-line="office-hours" now="${KINGS_DAY_2026}"`, { lang: 'en' });
      expect(nestedStatus(holiday)!.getAttribute('state')).to.equal('closed');
      expect(fold(nestedStatus(holiday)!.shadowRoot!.textContent)).to.contain("Today is King's Day.");
    });

    it('switches from the attribute alone, both ways', async () => {
      const element = await card(`audience="witness" now="${FRIDAY_21}"`);
      expect(nestedStatus(element)).to.equal(null);
      element.setAttribute('public-line', 'office-hours');
      await element.updateComplete;
      await nestedStatus(element)!.updateComplete;
      expect(nestedStatus(element)!.getAttribute('state')).to.equal('closed');
      expectDangerLine(element, 'nl');
      element.setAttribute('public-line', 'always');
      await element.updateComplete;
      expect(nestedStatus(element)).to.equal(null);
      expectDangerLine(element, 'nl');
    });

    it('passes it on to the professional status, whose compact form has no residents\' part', async () => {
      const element = await card(`audience="professional" public-line="office-hours" now="${FRIDAY_21}"`);
      expect(nestedStatus(element)!.getAttribute('audience')).to.equal('professional');
      expect(nestedStatus(element)!.getAttribute('public-line')).to.equal('office-hours');
      expect(part(element, 'status')).not.to.equal(null);
    });

    it('helper: no status, the value is ignored', async () => {
      expect(nestedStatus(await card('audience="helper" public-line="office-hours"'))).to.equal(null);
    });

    it('an unknown value warns once, naming the card, and falls back to always', async () => {
      const warn = sinon.stub(console, 'warn');
      const element = await card(`audience="victim" public-line="sometimes" now="${FRIDAY_21}"`);
      element.requestUpdate();
      await element.updateComplete;
      expect(warn.callCount).to.equal(1);
      expect(warn.firstCall.args[0]).to.contain('<shn-referral-card>').and.contain('public-line').and.contain('"sometimes"').and.contain('"always"');
      expect(nestedStatus(element)).to.equal(null);
      expectDangerLine(element, 'nl');
    });

    it('a now on a resident card is used by its status, so no warning about it', async () => {
      const warn = sinon.stub(console, 'warn');
      await card(`audience="victim" public-line="office-hours" now="${TUESDAY_10}"`);
      expect(warn.callCount).to.equal(0);
    });
  });
});
