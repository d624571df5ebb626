// The on-demand code of a situation list (English texts, search code), of a referral card (English
// texts, the helper, professional and municipality texts) and of a contact status (English texts, the hours
// in words, the live hours) against the CDN build, embedded with the
// configurator's snippet (which preloads the chunks the configuration needs): when the code cannot be
// loaded the element still shows, in Dutch, without its search box or as the victims' card, and says so
// once; when it loads late, the page does not jump.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { bodySnippet, cssSnippet, fullPage, headSnippet, onDemandNeeds } from '../../demo/embed-snippet.js';
import { layoutShiftReport, readIntegrity, recordLayoutShifts, startSite, waitForUpgrade } from './support/browser.mjs';

let site;
before(async () => {
  site = await startSite();
});
after(() => site?.close());

/** What a test reads of the element: a list's links and search box, a card's heading and button. */
const READ = {
  'shn-situation-list': (element) => ({
    links: [...element.shadowRoot.querySelectorAll('[part~="link"]')].map((link) => link.textContent.trim()),
    box: Boolean(element.shadowRoot.querySelector('input')),
  }),
  'shn-referral-card': (element) => ({
    heading: element.shadowRoot.querySelector('[part~="heading"]').textContent.trim(),
    cta: element.shadowRoot.querySelector('[part~="cta"]').textContent.trim(),
  }),
  'shn-contact-status': (element) => ({
    state: element.getAttribute('state'),
    text: element.shadowRoot.textContent.replace(/\s+/g, ' ').trim(),
    links: [...element.shadowRoot.querySelectorAll('a')].map((link) => link.getAttribute('href')),
  }),
};

/** A page with one situation list; requests for chunks whose name starts with `blocked` fail. */
async function listPage({ attributes, lang, blocked, tag = 'shn-situation-list' }) {
  const integrity = readIntegrity();
  const config = { tag, attributes, lang };
  const snippet = {
    head: headSnippet({ base: '/dist/cdn/', entry: `${tag}.js`, integrity, needs: onDemandNeeds(config) }),
    body: bodySnippet(config),
    css: '',
  };
  const page = await site.browser.newPage();
  const warnings = [];
  const errors = [];
  /** The on-demand chunks the page requested, by group name (`texts-en`, `hours-text`, …), once per request. */
  const chunks = [];
  page.on('console', (message) => {
    if (message.type() === 'warn') warnings.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = new URL(request.url());
    const chunk = /^\/dist\/cdn\/chunks\/([a-z-]+)-[\w-]{8}\.js$/.exec(url.pathname);
    if (chunk) chunks.push(chunk[1]);
    if (url.pathname === '/blank.html') return request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: fullPage({ ...snippet, lang }) });
    if (url.pathname.startsWith(`/dist/cdn/chunks/${blocked}-`)) return request.respond({ status: 503, body: 'unavailable' });
    return request.continue();
  });
  await page.goto(`${site.origin}/blank.html`);
  await waitForUpgrade(page, [tag]);
  const state = await page.$eval(tag, READ[tag]);
  await page.close();
  return { state, warnings, errors, chunks };
}

describe('situation list without its on-demand code (CDN build)', () => {
  it('English words that cannot be loaded: the list shows in Dutch and warns once', async () => {
    const { state, warnings, errors } = await listPage({ attributes: { situations: 'fraud burglary' }, lang: 'en', blocked: 'texts-en' });
    assert.deepEqual(state.links, ['Oplichting/onlinefraude', 'Woninginbraken']);
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0], /^<shn-situation-list> lang="en": .*showing Dutch/);
    assert.deepEqual(errors, []);
  });

  it('search code that cannot be loaded: the list shows without a search box and warns once', async () => {
    const { state, warnings, errors } = await listPage({ attributes: { situations: 'fraud burglary', searchable: true }, lang: 'nl', blocked: 'search' });
    assert.deepEqual(state.links, ['Oplichting/onlinefraude', 'Woninginbraken']);
    assert.equal(state.box, false);
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0], /^<shn-situation-list> searchable: .*without a search box/);
    assert.deepEqual(errors, []);
  });

  it('with both chunks there: English words and the search box, and no warning', async () => {
    const { state, warnings, errors } = await listPage({ attributes: { situations: 'fraud burglary', searchable: true }, lang: 'en', blocked: 'none' });
    assert.deepEqual(state.links, ['Fraud/online fraud', 'Burglary']);
    assert.equal(state.box, true);
    assert.deepEqual(warnings, []);
    assert.deepEqual(errors, []);
  });
});

describe('referral card without its on-demand code (CDN build)', () => {
  const cardPage = (options) => listPage({ tag: 'shn-referral-card', ...options });

  it('helper texts that cannot be loaded: the card refers as the victims\' card does and warns once', async () => {
    const { state, warnings, errors } = await cardPage({ attributes: { audience: 'helper' }, lang: 'nl', blocked: 'other-audiences' });
    assert.deepEqual(state, { heading: 'Hulp voor slachtoffers', cta: 'Vraag hulp aan' });
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0], /^<shn-referral-card> audience="helper": .*showing the card for victims/);
    assert.deepEqual(errors, []);
  });

  it('situation questions that cannot be loaded: the card opens with its audience\'s heading and warns once', async () => {
    const { state, warnings, errors } = await cardPage({ attributes: { audience: 'witness', situation: 'fraud' }, lang: 'nl', blocked: 'situation-questions' });
    assert.deepEqual(state, { heading: 'Hulp voor getuigen', cta: 'Vraag hulp aan' });
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0], /^<shn-referral-card> situation="fraud": .*showing the audience's heading/);
    assert.deepEqual(errors, []);
  });

  it('English texts that cannot be loaded: the card shows in Dutch and warns once', async () => {
    const { state, warnings, errors } = await cardPage({ attributes: { audience: 'witness', situation: 'fraud' }, lang: 'en', blocked: 'texts-en' });
    assert.deepEqual(state, { heading: 'Slachtoffer van oplichting?', cta: 'Vraag hulp aan' });
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0], /^<shn-referral-card> lang="en": .*showing Dutch/);
    assert.deepEqual(errors, []);
  });

  it('with both chunks there: the helpers\' card in English, and no warning', async () => {
    const { state, warnings, errors } = await cardPage({ attributes: { audience: 'helper' }, lang: 'en', blocked: 'none' });
    assert.deepEqual(state, { heading: 'For helpers', cta: 'Go to Voor de Helpers' });
    assert.deepEqual(warnings, []);
    assert.deepEqual(errors, []);
  });
});

describe('contact status without its on-demand code (CDN build)', () => {
  const statusPage = (options) => listPage({ tag: 'shn-contact-status', ...options });
  const CONTACT = ['tel:09000101', 'https://www.slachtofferhulp.nl/'];

  it("hours in words that cannot be loaded: the residents' office-hours status shows the phone number, the website and 112, and warns once", async () => {
    const { state, warnings, errors } = await statusPage({ attributes: { 'public-line': 'office-hours' }, lang: 'nl', blocked: 'hours-text' });
    assert.deepEqual(state, { state: 'unknown', text: 'Bel 0900-0101 slachtofferhulp.nl Bij direct gevaar: bel 112.', links: [...CONTACT, 'tel:112'] });
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0], /^<shn-contact-status> public-line="office-hours": .*showing only the phone number and the website/);
    assert.deepEqual(errors, []);
  });

  it('hours in words that cannot be loaded: the professional status shows the phone number and the website, and warns once', async () => {
    const { state, warnings, errors } = await statusPage({ attributes: { audience: 'professional' }, lang: 'en', blocked: 'hours-text' });
    assert.deepEqual(state, { state: 'unknown', text: 'Call 0900-0101 slachtofferhulp.nl', links: CONTACT });
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0], /^<shn-contact-status> audience="professional": .*showing only the phone number and the website/);
    assert.deepEqual(errors, []);
  });

  it('live hours that cannot be loaded: the hours in words, no claim about now, and one warning', async () => {
    const { state, warnings, errors } = await statusPage({ attributes: { audience: 'professional' }, lang: 'nl', blocked: 'live-hours' });
    assert.equal(state.state, 'unknown');
    assert.match(state.text, /^De lijn voor professionals is open op maandag tot en met vrijdag 08:00–20:00 uur en zaterdag 10:00–17:00 uur \(Nederlandse tijd\)\. Bel 0900-0101/);
    assert.doesNotMatch(state.text, /Nu open|Nu gesloten/);
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0], /^<shn-contact-status> audience="professional": .*without saying whether the line is open now/);
    assert.deepEqual(errors, []);
  });

  it('with every chunk there: an English live status, each chunk requested once, and no warning', async () => {
    const { state, warnings, errors, chunks } = await statusPage({ attributes: { audience: 'professional' }, lang: 'en', blocked: 'none' });
    assert.match(state.state, /^(open|closed)$/);
    assert.match(state.text, /^(Open|Closed) now /);
    assert.match(state.text, /Call 0900-0101/);
    assert.deepEqual(chunks.sort(), ['hours-text', 'live-hours', 'texts-en']);
    assert.deepEqual(warnings, []);
    assert.deepEqual(errors, []);
  });

  it("the residents' 24/7 status in Dutch requests no chunk at all", async () => {
    const { state, warnings, chunks } = await statusPage({ attributes: {}, lang: 'nl', blocked: 'none' });
    assert.deepEqual(state.state, 'open');
    assert.match(state.text, /^Dag en nacht bereikbaar/);
    assert.deepEqual(chunks, []);
    assert.deepEqual(warnings, []);
  });
});

/**
 * The layout shift of a page with one list and text under it, the list's space kept free as the README
 * says (its height measured first), the scripts held back 0.7 s so the fallback shows first, and the
 * on-demand chunks another 0.4 s.
 */
async function layoutShift({ attributes, lang }) {
  const integrity = readIntegrity();
  const config = { tag: 'shn-situation-list', attributes, lang };
  const head = headSnippet({ base: '/dist/cdn/', entry: 'shn-situation-list.js', integrity, needs: onDemandNeeds(config) });
  const body = `<h1>Hulp na een misdrijf</h1>\n${bodySnippet(config)}\n<p>Tekst onder de lijst, die niet mag verspringen.</p>`;
  const visit = async (reserve, delay) => {
    const page = await site.browser.newPage();
    await page.setViewport({ width: 1000, height: 900 });
    await recordLayoutShifts(page, 'shn-situation-list');
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = new URL(request.url());
      const css = cssSnippet({ tag: 'shn-situation-list', reserve });
      if (url.pathname === '/blank.html') return request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: fullPage({ head, body, css, lang }) });
      if (!url.pathname.startsWith('/dist/cdn/')) return request.continue();
      const onDemand = /\/chunks\/(search|texts-en)-/.test(url.pathname);
      return void setTimeout(() => request.continue(), delay + (onDemand ? 400 : 0));
    });
    await page.goto(`${site.origin}/blank.html`);
    await waitForUpgrade(page, ['shn-situation-list']);
    return page;
  };
  const first = await visit('1rem', 0);
  const height = await first.$eval('shn-situation-list', (element) => element.getBoundingClientRect().height);
  await first.close();
  const page = await visit(`${Math.ceil((height / 16) * 4) / 4}rem`, 700);
  await new Promise((resolve) => setTimeout(resolve, 300));
  const { cls } = await layoutShiftReport(page);
  await page.close();
  return cls;
}

describe('situation list whose on-demand code arrives late (CDN build)', () => {
  for (const [label, attributes, lang] of [
    ['in English', { situations: 'fraud burglary robbery' }, 'en'],
    ['searchable', { situations: 'fraud burglary robbery', searchable: true }, 'nl'],
    ['searchable, in English', { situations: 'fraud burglary robbery', searchable: true }, 'en'],
  ]) {
    it(`${label}: the page does not jump (the fallback keeps its space until that code is there)`, async (t) => {
      const cls = await layoutShift({ attributes, lang });
      t.diagnostic(`CLS ${cls.toFixed(4)}`);
      assert.ok(cls < 0.001, `layout shift ${cls}`);
    });
  }
});
