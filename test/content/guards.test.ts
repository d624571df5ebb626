import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import {
  AUDIENCE_IDS,
  DOMAIN_IDS,
  LOCALES,
  SITUATIONS,
  SITUATION_IDS,
  isAudienceId,
  isChannelId,
  isDomainId,
  isSituationId,
  resolveUrl,
  searchSituations,
  situationsForAudience,
  type SituationId,
} from '../../src/content/index.js';

describe('content: id guards and lookups', () => {
  afterEach(() => sinon.restore());

  it('accepts every known id and nothing else', () => {
    for (const id of SITUATION_IDS) expect(isSituationId(id), id).to.equal(true);
    for (const id of AUDIENCE_IDS) expect(isAudienceId(id), id).to.equal(true);
    for (const id of DOMAIN_IDS) expect(isDomainId(id), id).to.equal(true);
    expect(isChannelId('phone')).to.equal(true);
    for (const v of ['arson', 'Fraud', ' fraud', '', 'toString', 'constructor', null, undefined, 3, {}, ['fraud']]) {
      expect(isSituationId(v), String(v)).to.equal(false);
      expect(isAudienceId(v), String(v)).to.equal(false);
      expect(isDomainId(v), String(v)).to.equal(false);
      expect(isChannelId(v), String(v)).to.equal(false);
    }
    expect(isAudienceId('fraud')).to.equal(false);
    expect(isSituationId('victim')).to.equal(false);
  });

  it('rejects at run time what the types reject at compile time (test/types/content.types.ts)', () => {
    sinon.stub(console, 'warn'); // resolveUrl warns about the unknown key.
    expect(isSituationId('arson')).to.equal(false);
    expect(LOCALES.every((locale) => locale in ({ nl: 'Alleen Nederlands' } as Record<string, string>))).to.equal(false);
    expect(resolveUrl('situation:arson' as never)).to.equal(resolveUrl('home'));
  });

  it('finds the situations of an audience, in factsheet order', () => {
    expect(situationsForAudience('left-behind').map((s) => s.id)).to.deep.equal(['missing-persons', 'disaster-crisis', 'peer-support']);
    expect(situationsForAudience('helper')).to.have.length(SITUATION_IDS.length);
    expect(situationsForAudience('bereaved').map((s) => s.id)).to.include('suicide');
  });

  describe('searchSituations', () => {
    const cases: Array<[string, SituationId[]]> = [
      ['oplichting', ['fraud']],
      ['WhatsApp-fraude', ['fraud']],
      ['oplich', ['fraud']],
      ['ik ben opgelicht via whatsapp', ['fraud']],
      ['zelfmoord', ['suicide']],
      ['Suïcide', ['suicide']],
      ['suicide', ['suicide']],
      ['dode gevonden', ['body-discovery']],
      ['inbraak', ['burglary']],
      ['vermist', ['missing-persons']],
      ['scam', ['fraud']],
      ['ongeluk', ['workplace-accidents', 'traffic-accidents']],
    ];
    for (const [query, expected] of cases) {
      it(`finds ${expected.join(', ')} for "${query}"`, () => {
        expect(searchSituations(query)).to.deep.equal(expected);
      });
    }

    it('does not find suicide for "moord" (murder)', () => {
      expect(searchSituations('moord')).to.deep.equal(['violence']);
    });

    it('finds nothing for very short, empty or unrelated queries', () => {
      for (const query of ['', ' ', 'on', 'xyzzy', null as unknown as string]) {
        expect(searchSituations(query), String(query)).to.deep.equal([]);
      }
    });

    it('finds each situation by its own label in both locales', () => {
      for (const id of SITUATION_IDS) {
        for (const locale of LOCALES) {
          expect(searchSituations(SITUATIONS[id].label[locale]), `${id} ${locale}`).to.include(id);
        }
      }
    });
  });
});
