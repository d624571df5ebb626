import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import {
  CHANNELS,
  ORGANISATION,
  REFERRALS,
  SITUATIONS,
  SITUATION_IDS,
  SITUATION_URLS,
  URLS,
  isSafeHref,
  isUrlKey,
  resetUrlOverrides,
  resolveUrl,
  setUrlOverrides,
  type UrlKey,
} from '../../src/content/index.js';

const VERIFIED = {
  'missing-persons': 'https://www.slachtofferhulp.nl/gebeurtenissen/vermissing-persoon/',
  fraud: 'https://www.slachtofferhulp.nl/gebeurtenissen/oplichting-en-fraude/online-fraude/',
} as const;

describe('content: links and overrides', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => {
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => {
    sinon.restore();
    resetUrlOverrides();
  });

  describe('defaults', () => {
    it('has the verified pages for home, municipalities, helpers and professionals', () => {
      expect(URLS).to.deep.equal({
        home: 'https://www.slachtofferhulp.nl/',
        municipalities: 'https://www.slachtofferhulp.nl/professionals/gemeenten/',
        helpers: 'https://www.slachtofferhulp.nl/voordehelpers/',
        professionals: 'https://www.slachtofferhulp.nl/professionals/gemeenten/',
      });
    });

    it('links only missing persons and fraud to their own (verified) pages, every other situation home', () => {
      for (const id of SITUATION_IDS) {
        const expected = id in VERIFIED ? VERIFIED[id as keyof typeof VERIFIED] : URLS.home;
        expect(SITUATIONS[id].url, id).to.equal(expected);
        expect(SITUATIONS[id].urlVerified, id).to.equal(id in VERIFIED);
        expect(resolveUrl(`situation:${id}`), id).to.equal(expected);
        expect(SITUATION_URLS[id]).to.deep.equal({ url: expected, verified: id in VERIFIED });
      }
    });

    it('uses only https links on www.slachtofferhulp.nl', () => {
      const all = [...Object.values(URLS), ...SITUATION_IDS.map((id) => SITUATIONS[id].url)];
      for (const href of all) {
        const url = new URL(href);
        expect(url.protocol, href).to.equal('https:');
        expect(url.hostname, href).to.equal('www.slachtofferhulp.nl');
      }
    });
  });

  describe('setUrlOverrides', () => {
    it('accepts https links, and every reader of the content follows them', () => {
      setUrlOverrides({
        home: 'https://www.gemeente.nl/slachtofferhulp',
        helpers: 'https://www.gemeente.nl/helpers',
        'situation:burglary': 'https://www.gemeente.nl/inbraak',
      });
      expect(warn.callCount).to.equal(0);
      expect(resolveUrl('home')).to.equal('https://www.gemeente.nl/slachtofferhulp');
      expect(CHANNELS.website.url).to.equal('https://www.gemeente.nl/slachtofferhulp');
      expect(REFERRALS.victim.cta.url).to.equal('https://www.gemeente.nl/slachtofferhulp');
      expect(REFERRALS.helper.cta.url).to.equal('https://www.gemeente.nl/helpers');
      expect(SITUATIONS.burglary.url).to.equal('https://www.gemeente.nl/inbraak');
      expect(SITUATIONS.burglary.urlVerified).to.equal(true);
      // Situations without their own override still fall back to the (overridden) home page.
      expect(SITUATIONS.robbery.url).to.equal(URLS.home);
      expect(SITUATIONS.robbery.urlVerified).to.equal(false);
      expect(resolveUrl('municipalities')).to.equal(URLS.municipalities);
    });

    it('adds to earlier overrides', () => {
      setUrlOverrides({ home: 'https://a.example/' });
      setUrlOverrides({ municipalities: 'https://b.example/' });
      expect(resolveUrl('home')).to.equal('https://a.example/');
      expect(ORGANISATION.municipalSupport.url).to.equal('https://b.example/');
    });

    const bad: Array<[string, string]> = [
      ['javascript:', 'javascript:alert(1)'],
      ['data:', 'data:text/html,<script>alert(1)</script>'],
      ['http:', 'http://www.gemeente.nl/'],
      ['relative', '/slachtofferhulp'],
      ['garbage', 'not a url'],
      ['mailto:', 'mailto:info@gemeente.nl'],
    ];
    for (const [kind, value] of bad) {
      it(`rejects a ${kind} link with one warning naming the function, the key and the value`, () => {
        setUrlOverrides({ professionals: value });
        expect(resolveUrl('professionals')).to.equal(URLS.professionals);
        expect(warn.callCount).to.equal(1);
        const message = String(warn.firstCall.args[0]);
        expect(message).to.contain('setUrlOverrides').and.contain('professionals').and.contain(JSON.stringify(value));
      });
    }

    it('rejects an unknown key with one warning, and keeps the good entries', () => {
      const overrides = { home: 'https://www.gemeente.nl/', 'situation:arson': 'https://www.gemeente.nl/brand' };
      setUrlOverrides(overrides as Partial<Record<UrlKey, string>>);
      expect(resolveUrl('home')).to.equal('https://www.gemeente.nl/');
      expect(warn.callCount).to.equal(1);
      expect(String(warn.firstCall.args[0])).to.contain('setUrlOverrides').and.contain('situation:arson').and.contain('https://www.gemeente.nl/brand');
    });

    it('warns once per bad entry when several are bad', () => {
      setUrlOverrides({ home: 'javascript:void(0)', helpers: 'http://x.nl/', 'situation:fraud': 'https://ok.example/' });
      expect(warn.callCount).to.equal(2);
      expect(resolveUrl('situation:fraud')).to.equal('https://ok.example/');
      expect(resolveUrl('home')).to.equal(URLS.home);
      expect(resolveUrl('helpers')).to.equal(URLS.helpers);
    });

    it('cuts a long value short in the warning', () => {
      const long = `data:text/plain,${'x'.repeat(500)}`;
      setUrlOverrides({ home: long });
      const message = String(warn.firstCall.args[0]);
      expect(message).to.contain(long.slice(0, 80)).and.not.contain(long.slice(0, 81));
      expect(message.length).to.be.below(300);
    });

    it('does not throw on something that is not an object, and warns once', () => {
      expect(() => setUrlOverrides(null as unknown as Partial<Record<UrlKey, string>>)).not.to.throw();
      expect(warn.callCount).to.equal(1);
      expect(String(warn.firstCall.args[0])).to.contain('setUrlOverrides');
    });
  });

  it('resetUrlOverrides brings every link back to its default', () => {
    setUrlOverrides({ home: 'https://a.example/', 'situation:fraud': 'https://b.example/' });
    resetUrlOverrides();
    expect(resolveUrl('home')).to.equal(URLS.home);
    expect(SITUATIONS.fraud.url).to.equal(VERIFIED.fraud);
  });

  it('resolveUrl answers the home page for an unknown key from plain JavaScript, with a warning', () => {
    expect(resolveUrl('nope' as UrlKey)).to.equal(URLS.home);
    expect(warn.callCount).to.equal(1);
    expect(String(warn.firstCall.args[0])).to.contain('resolveUrl').and.contain('nope');
  });

  it('isUrlKey knows the site keys and one situation key per situation', () => {
    for (const key of ['home', 'municipalities', 'helpers', 'professionals', 'situation:fraud']) {
      expect(isUrlKey(key), key).to.equal(true);
    }
    for (const key of ['situation:arson', 'situation:', 'Home', '', 42, null]) {
      expect(isUrlKey(key), String(key)).to.equal(false);
    }
  });

  it('isSafeHref allows https:, tel: and mailto: only', () => {
    for (const href of ['https://www.slachtofferhulp.nl/', 'tel:09000101', 'mailto:info@example.nl', 'HTTPS://example.nl']) {
      expect(isSafeHref(href), href).to.equal(true);
    }
    const unsafe = ['javascript:alert(1)', ' javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,x', 'http://example.nl/', '/relative', '//example.nl/x', '', 'vbscript:x', 'ftp://example.nl/'];
    for (const href of unsafe) expect(isSafeHref(href), href).to.equal(false);
    expect(isSafeHref(undefined as unknown as string)).to.equal(false);
  });
});
