// `@slachtofferhulp/widgets/ssr` in plain Node, from the built package: each element rendered to HTML with a
// declarative shadow root, checked as a browser and a strict CSP would take it (the browsers load the same
// HTML in test/embedding/ssr.test.ts). Server HTML can be shown hours later, so it must claim nothing live.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import sinon from 'sinon';
import { readIntegrity, root } from './support/browser.mjs';

const { renderWidget, stylesheetIntegrity, JSDELIVR_BASE } = await import('../../dist/ssr/index.js');

/** What the elements take, in the configurations a page would render. */
const CASES = [
  ['shn-contact-status', {}],
  ['shn-contact-status', { audience: 'professional' }],
  ['shn-contact-status', { audience: 'professional', lang: 'en' }],
  ['shn-contact-status', { audience: 'professional', compact: true }],
  ['shn-contact-status', { 'public-line': 'office-hours' }],
  ['shn-situation-list', { heading: 'Waarmee helpt Slachtofferhulp?' }],
  ['shn-situation-list', { situations: 'fraud burglary', lang: 'en', layout: 'grid' }],
  ['shn-situation-list', { searchable: true, query: 'fraude' }],
  ['shn-referral-card', {}],
  ['shn-referral-card', { situation: 'fraud' }],
  ['shn-referral-card', { audience: 'professional' }],
  ['shn-referral-card', { audience: 'municipality', domain: 'social', lang: 'en' }],
  ['shn-referral-card', { 'public-line': 'office-hours' }],
];

/** Words that say whether the line is open at the moment the HTML was made. */
const LIVE_CLAIMS = /\b(nu open|nu gesloten|open now|closed now|open tot|open until|weer open|opens again|vandaag|morgen|today|tomorrow)\b/i;

// Amsterdam is UTC+2 in these weeks: Friday 19:59 the professional line is open, one minute before it closes;
// Saturday 08:00 it is closed until 10:00.
const FRIDAY_1959 = Date.parse('2026-05-01T19:59:00+02:00');
const SATURDAY_0800 = Date.parse('2026-05-02T08:00:00+02:00');

const textOf = (html) => html.replace(/<template[^>]*>|<\/template>|<!--[\s\S]*?-->|<\?[^>]*>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
const label = ([tag, attributes]) => `<${tag}${Object.entries(attributes).map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${value}"`)).join('')}>`;

async function renderAt(instant) {
  const clock = sinon.useFakeTimers({ now: instant, toFake: ['Date'] });
  try {
    return await Promise.all(CASES.map(([tag, attributes]) => renderWidget(tag, attributes, { stylesheetBase: '/dist/cdn/' })));
  } finally {
    clock.restore();
  }
}

let friday;
let warnings;
const warn = console.warn;
before(async () => {
  warnings = [];
  console.warn = (...args) => warnings.push(args.join(' '));
  friday = await renderAt(FRIDAY_1959);
});
after(() => {
  console.warn = warn;
});

describe('server HTML of each element', () => {
  CASES.forEach((testCase, index) => {
    it(`${label(testCase)}: a declarative shadow root with the content, links and stylesheet, no inline style`, () => {
      const [tag, attributes] = testCase;
      const html = friday[index];
      assert.match(html, new RegExp(`^(<!--[^>]*-->)*<${tag}\\b[^>]*><template shadowroot="open" shadowrootmode="open"><link rel="stylesheet" href="/dist/cdn/${tag}\\.css" integrity="sha384-[^"]+" crossorigin="anonymous">`));
      if (attributes.lang) assert.match(html, new RegExp(`<${tag}[^>]* lang="${attributes.lang}"`));
      assert.doesNotMatch(html, /<style|\sstyle=|<script/i, 'no inline style or script');
      assert.doesNotMatch(html, /\sstate=/, 'no state attribute: server HTML does not know the state');
      const hrefs = [...html.matchAll(/\shref="([^"]*)"/g)].map(([, href]) => href).filter((href) => !href.endsWith('.css'));
      assert.ok(hrefs.length > 0, 'has links');
      for (const href of hrefs) assert.match(href, /^(https:|tel:|mailto:)/, href);
      const text = textOf(html);
      assert.ok(text.length > 40, `renders content: ${text}`);
      assert.doesNotMatch(text, LIVE_CLAIMS, 'claims nothing live');
      if (tag === 'shn-situation-list') assert.match(text, attributes.lang === 'en' ? /Fraud/ : /fraude|Inbraak|Geweld/i);
      if (tag === 'shn-situation-list' && attributes.searchable) assert.match(html, /<input[^>]*type="search"/, 'the search box is there at once');
    });
  });

  it('the professional status gives the hours in Dutch time and what to do after them', () => {
    const text = textOf(friday[1]);
    assert.match(text, /maandag tot en met vrijdag 08:00–20:00 uur en zaterdag 10:00–17:00 uur \(Nederlandse tijd\)/);
    assert.match(text, /Buiten deze uren en alleen bij spoed/);
    assert.match(friday[1], /href="tel:09000101"/);
    assert.match(textOf(friday[2]), /Monday to Friday 08:00–20:00 and Saturday 10:00–17:00 \(Dutch time\)/);
  });

  it('HTML made on Friday at 19:59 says nothing false on Saturday: it is the same HTML', async () => {
    const saturday = await renderAt(SATURDAY_0800);
    assert.deepEqual(saturday, friday);
  });

  it("the stylesheet link's integrity is that of the file the build wrote beside the CDN bundle", () => {
    const integrity = readIntegrity();
    for (const tag of ['shn-contact-status', 'shn-situation-list', 'shn-referral-card']) {
      assert.equal(integrity.stylesheets[tag], `${tag}.css`);
      const file = readFileSync(join(root, 'dist/cdn', `${tag}.css`));
      const sri = `sha384-${createHash('sha384').update(file).digest('base64')}`;
      assert.equal(integrity.files[`${tag}.css`], sri);
      assert.equal(stylesheetIntegrity(tag), sri);
      assert.doesNotMatch(file.toString(), /^\s*$|undefined|\[object/, `${tag}.css is real CSS`);
    }
  });

  it('links the jsDelivr copy of this version by default', async () => {
    const html = await renderWidget('shn-contact-status');
    assert.ok(html.includes(`href="${JSDELIVR_BASE}shn-contact-status.css"`));
    assert.match(JSDELIVR_BASE, /^https:\/\/cdn\.jsdelivr\.net\/npm\/@slachtofferhulp\/widgets@\d+\.\d+\.\d+\/dist\/cdn\/$/);
  });

  it('escapes attribute values and warns once about a bad one, as in the browser', async () => {
    warnings.length = 0;
    const html = await renderWidget('shn-situation-list', { heading: '"><script>alert(1)</script>', layout: 'tiles' });
    assert.doesNotMatch(html, /<script/);
    assert.match(html, /&lt;script&gt;|&quot;&gt;/);
    assert.equal(warnings.filter((line) => line.includes('layout') && line.includes('tiles')).length, 1, warnings.join('\n'));
    await assert.rejects(() => renderWidget('shn-unknown'), TypeError);
  });
});
