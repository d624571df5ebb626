import { expect } from '@open-wc/testing';
import type { ShnSituationList } from '../../src/situation-list/situation-list.component.js';
import { situationList, typeQuery } from './helpers.js';

interface State {
  name: string;
  attributes: string;
  children?: string;
  query?: string;
}

const STATES: State[] = [
  { name: 'default list', attributes: '' },
  { name: 'grid', attributes: 'layout="grid"' },
  { name: 'with a heading', attributes: 'heading="Waarmee helpen wij?" heading-level="3"' },
  { name: 'with a slotted heading', attributes: 'layout="grid"', children: '<span slot="heading">Hulp bij <em>uw</em> situatie</span>' },
  { name: 'for professionals, chosen situations', attributes: 'audience="professional" situations="suicide,body-discovery"' },
  { name: 'searchable', attributes: 'searchable heading="Zoeken"' },
  { name: 'searchable, filtered', attributes: 'searchable', query: 'dood' },
  { name: 'searchable grid, filtered to suicide', attributes: 'searchable layout="grid"', query: 'zelfmoord' },
  { name: 'searchable, nothing found', attributes: 'searchable heading="Zoeken"', query: 'xyz' },
];

describe('<shn-situation-list> accessibility (axe) @wcag 1.3.1 1.4.3 4.1.2', () => {
  for (const lang of ['nl', 'en']) {
    for (const state of STATES) {
      it(`${state.name} (${lang})`, async () => {
        const element: ShnSituationList = await situationList(state.attributes, lang, state.children ?? '');
        if (state.query) await typeQuery(element, state.query);
        await expect(element).to.be.accessible();
      });
    }
  }
});
