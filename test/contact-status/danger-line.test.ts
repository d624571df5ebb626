import { expect, fixture } from '@open-wc/testing';
import '../../src/define/shn-contact-status.js';
import type { ShnContactStatus } from '../../src/contact-status/contact-status.component.js';
import { expectDangerLine, expectNoDangerLine } from '../support/danger-line.js';

const TUESDAY_10 = '2026-12-01T10:00:00+01:00';
const FRIDAY_21 = '2026-12-04T21:00:00+01:00';
const KINGS_DAY_2026 = '2026-04-27T11:00:00+02:00';

async function status(attributes: string, lang: 'nl' | 'en' = 'nl'): Promise<ShnContactStatus> {
  const wrapper = await fixture(`<div lang="${lang}"><shn-contact-status ${attributes}></shn-contact-status></div>`);
  const element = wrapper.querySelector('shn-contact-status') as ShnContactStatus;
  await element.updateComplete;
  return element;
}

// "Bij direct gevaar: bel 112." wherever residents read the status; not where only professionals do.
describe('<shn-contact-status>: 112 in immediate danger', () => {
  const residentStates: [string, string][] = [
    ['public, the factsheet reading (default)', ''],
    ['public, office hours, open', `audience="public" public-line="office-hours" now="${TUESDAY_10}"`],
    ['public, office hours, closed at night', `audience="public" public-line="office-hours" now="${FRIDAY_21}"`],
    ['public, office hours, closed on a holiday', `audience="public" public-line="office-hours" now="${KINGS_DAY_2026}"`],
    ['public, compact', `compact now="${FRIDAY_21}"`],
    ['professional, closed: the part for residents', `audience="professional" now="${FRIDAY_21}"`],
    ['professional, closed, office-hours reading', `audience="professional" public-line="office-hours" now="${FRIDAY_21}"`],
  ];
  for (const lang of ['nl', 'en'] as const) {
    for (const [name, attributes] of residentStates) {
      it(`${name} (${lang}): one tel:112 link, named for what it does`, async () => {
        const element = await status(attributes, lang);
        expectDangerLine(element, lang);
        await expect(element).to.be.accessible();
      });
    }
  }

  it('not in the open professional status: only professionals read it', async () => {
    expectNoDangerLine(await status(`audience="professional" now="${TUESDAY_10}"`));
  });

  it('not in the compact professional status (inside the professional and municipality cards)', async () => {
    expectNoDangerLine(await status(`audience="professional" compact now="${FRIDAY_21}"`));
  });
});
