// The embed configurator: every snippet it generates, pasted into a blank page, gives a working widget.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { THEMES, fullPage, jsDelivrBase } from '../../demo/embed-snippet.js';
import { PUBLISHED_THEMES } from '../../demo/published-themes.js';
import { freezeClock, readIntegrity, root, startSite, waitForUpgrade, watchProblems } from './support/browser.mjs';

const ELEMENTS = ['shn-contact-status', 'shn-situation-list', 'shn-referral-card'];
const LANGS = ['nl', 'en'];
const axeSource = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
let site;
let configurator;
let configuratorProblems;

before(async () => {
  site = await startSite();
  configurator = await site.browser.newPage();
  configuratorProblems = watchProblems(configurator);
  await freezeClock(configurator);
  await configurator.goto(`${site.origin}/configurator.html`);
  await configurator.waitForSelector('form[data-ready="true"]');
});
after(() => site?.close());

/** Sets the form as a visitor would (one change event per control) and returns the three snippet parts. */
async function configure({ tag, lang = 'nl', theme = 'standaard', source = 'self', single = true, attribute }) {
  return configurator.evaluate(
    async (options) => {
      const form = document.getElementById('options');
      const pick = (name, value) => {
        const input = form.querySelector(`input[name="${name}"][value="${value}"]`);
        if (!input.checked) {
          input.checked = true;
          input.dispatchEvent(new Event('change', { bubbles: true }));
        }
      };
      pick('element', options.tag);
      pick('lang', options.lang);
      pick('theme', options.theme);
      pick('source', options.source);
      const single = form.elements.namedItem('single');
      single.checked = options.single;
      single.dispatchEvent(new Event('change', { bubbles: true }));
      if (options.attribute) {
        const control = form.querySelector(`[data-attribute="${options.attribute.name}"]`);
        if (control.type === 'checkbox') control.checked = options.attribute.value;
        else control.value = options.attribute.value;
        control.dispatchEvent(new Event('change', { bubbles: true }));
      }
      form.dataset.ready = '';
      form.dispatchEvent(new Event('input'));
      await new Promise((resolve) => {
        const poll = () => (form.dataset.ready === 'true' ? resolve() : setTimeout(poll, 10));
        poll();
      });
      const value = (id) => document.getElementById(id).value;
      return { head: value('snippet-head'), body: value('snippet-body'), css: value('snippet-css') };
    },
    { tag, lang, theme, source, single, attribute },
  );
}

/** Every value the form offers for each attribute of `tag`, one at a time. */
async function attributeOptions(tag) {
  await configure({ tag });
  return configurator.evaluate(() =>
    [...document.querySelectorAll('#attribute-fields [data-attribute]')].flatMap((control) => {
      const name = control.dataset.attribute;
      if (control.type === 'checkbox') return [{ name, value: true }];
      if (control.tagName === 'SELECT') return [...control.options].filter((option) => option.value).map((option) => ({ name, value: option.value }));
      return [];
    }),
  );
}

/** A blank page on the demo server's origin holding only the snippet; jsDelivr is answered from dist/cdn. */
async function pasteIntoBlankPage(snippet, lang) {
  const integrity = readIntegrity();
  const cdn = jsDelivrBase(integrity.version);
  const page = await site.browser.newPage();
  const problems = watchProblems(page);
  const fetched = [];
  await freezeClock(page);
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url.includes('/dist/cdn/')) fetched.push(cdnFile(url));
    if (url === `${site.origin}/blank.html`) return request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: fullPage({ ...snippet, lang }) });
    if (url.startsWith(cdn)) {
      const file = join(root, 'dist/cdn', url.slice(cdn.length));
      return request.respond({ status: 200, contentType: 'text/javascript; charset=utf-8', headers: { 'access-control-allow-origin': '*' }, body: readFileSync(file) });
    }
    return request.continue();
  });
  await page.goto(`${site.origin}/blank.html`);
  return { page, problems, fetched };
}

/** A URL in dist/cdn (on jsDelivr or self-hosted) as the file name integrity.json uses. */
const cdnFile = (url) => url.slice(url.indexOf('/dist/cdn/') + '/dist/cdn/'.length);

/** The files the snippet's <head> part preloads or loads, as integrity.json names them. */
const snippetFiles = (head) => [...head.matchAll(/(?:href|src)="([^"]+)"/g)].map((match) => cdnFile(match[1]));

/**
 * Every file the page fetched is one the snippet lists with its hash (so none was loaded unchecked, also
 * what an element imports on demand), and a single situation list's on-demand code is listed only when
 * the configuration needs it.
 */
function assertOnlyCheckedFiles({ snippet, fetched, tag, lang, searchable, single, label }) {
  const listed = snippetFiles(snippet.head);
  const unchecked = fetched.filter((file) => !listed.includes(file));
  assert.deepEqual(unchecked, [], `${label}: fetched without a hash`);
  if (tag !== 'shn-situation-list' || !single) return;
  assert.equal(listed.some((file) => file.startsWith('chunks/search-')), Boolean(searchable), `${label}: search code listed only for searchable`);
  assert.equal(listed.some((file) => file.startsWith('chunks/texts-en-')), lang === 'en', `${label}: English texts listed only for English`);
}

async function assertWorks(page, problems, tag, label) {
  await waitForUpgrade(page, [tag]);
  const state = await page.$eval(tag, (element) => ({
    text: element.shadowRoot?.textContent.replace(/\s+/g, ' ').trim() ?? '',
    fallbackVisible: element.querySelector('[slot="fallback"]').checkVisibility(),
    height: element.getBoundingClientRect().height,
  }));
  assert.ok(state.text.length > 20, `${label}: the element renders (${state.text.slice(0, 60)})`);
  assert.equal(state.fallbackVisible, false, `${label}: the fallback is hidden`);
  assert.ok(state.height > 0, `${label}: has a height`);
  assert.deepEqual(problems, [], `${label}: no errors`);
  return state;
}

describe('embed configurator', () => {
  it('loads without errors and offers the three elements', async () => {
    const tags = await configurator.$$eval('input[name="element"]', (inputs) => inputs.map((input) => input.value));
    assert.deepEqual(tags, ELEMENTS);
    assert.deepEqual(configuratorProblems, []);
  });

  it('offers public-line (always, office-hours) for the status and the card, and the pasted snippet follows it', async () => {
    for (const tag of ['shn-contact-status', 'shn-referral-card']) {
      const offered = (await attributeOptions(tag)).filter((option) => option.name === 'public-line').map((option) => option.value);
      assert.deepEqual(offered, ['always', 'office-hours'], `${tag}: both readings offered`);
    }
    const snippet = await configure({ tag: 'shn-contact-status', attribute: { name: 'public-line', value: 'office-hours' } });
    assert.match(snippet.body, /public-line="office-hours"/);
    const { page, problems } = await pasteIntoBlankPage(snippet, 'nl');
    try {
      const state = await assertWorks(page, problems, 'shn-contact-status', 'public-line="office-hours"');
      assert.match(state.text, /Nu (open|gesloten)/, 'the residents\' line shows open or closed');
      assert.match(state.text, /Bij direct gevaar: bel 112\./);
    } finally {
      await page.close();
    }
  });

  it('every element × language × theme × source × loading choice works when pasted into a blank page', async (t) => {
    let count = 0;
    for (const tag of ELEMENTS) {
      for (const lang of LANGS) {
        for (const theme of Object.keys(THEMES)) {
          for (const source of ['self', 'jsdelivr']) {
            for (const single of [true, false]) {
              const snippet = await configure({ tag, lang, theme, source, single });
              assert.match(snippet.head, /integrity="sha384-[A-Za-z0-9+/=]+" crossorigin="anonymous"><\/script>$/);
              const { page, problems, fetched } = await pasteIntoBlankPage(snippet, lang);
              const label = `${tag} ${lang} ${theme} ${source} ${single ? 'single' : 'all'}`;
              const state = await assertWorks(page, problems, tag, label);
              assertOnlyCheckedFiles({ snippet, fetched, tag, lang, searchable: /\ssearchable[\s>]/.test(snippet.body), single, label });
              const token = Object.entries(THEMES[theme].tokens)[0];
              if (token) {
                const applied = await page.$eval(tag, (element, name) => getComputedStyle(element).getPropertyValue(name).trim(), token[0]);
                assert.equal(applied, token[1], `${label}: theme token ${token[0]}`);
              }
              const languageWord = lang === 'en' ? /\b(call|help|the)\b/i : /\b(bel|hulp|de|het)\b/i;
              assert.match(state.text, languageWord, `${label}: speaks ${lang}`);
              await page.close();
              count += 1;
            }
          }
        }
      }
    }
    t.diagnostic(`${count} snippets pasted into blank pages`);
  });

  it('every attribute value the form offers gives a working snippet', async (t) => {
    let count = 0;
    for (const tag of ELEMENTS) {
      for (const attribute of await attributeOptions(tag)) {
        const snippet = await configure({ tag, attribute });
        const expected = attribute.value === true ? ` ${attribute.name}` : ` ${attribute.name}="${attribute.value}"`;
        assert.ok(snippet.body.includes(expected), `${tag}: snippet carries ${expected}`);
        const { page, problems, fetched } = await pasteIntoBlankPage(snippet, 'nl');
        const label = `${tag} ${attribute.name}=${attribute.value}`;
        // Some single settings only apply with another (domain needs audience="municipality"): the element
        // warns and falls back, which is its documented behaviour, so warnings are not failures here.
        await assertWorks(page, problems, tag, label);
        // The form keeps earlier choices (a checked searchable stays checked), so the snippet says what is on.
        assertOnlyCheckedFiles({ snippet, fetched, tag, lang: 'nl', searchable: /\ssearchable[\s>]/.test(snippet.body), single: true, label });
        await page.close();
        count += 1;
      }
    }
    t.diagnostic(`${count} attribute values checked`);
    assert.ok(count >= 10, `expected the manifest to offer at least 10 values, got ${count}`);
  });

  it('the preview applies each published theme: its class and stylesheet, under the strict CSP, and the widget takes its link colour', async () => {
    await configure({ tag: 'shn-referral-card' });
    for (const { id, className } of PUBLISHED_THEMES) {
      const result = await configurator.evaluate(async (theme) => {
        const form = document.getElementById('options');
        const select = document.getElementById('preview-theme');
        select.value = theme;
        form.dataset.ready = '';
        select.dispatchEvent(new Event('change', { bubbles: true }));
        await new Promise((resolve) => {
          const poll = () => (form.dataset.ready === 'true' ? resolve() : setTimeout(poll, 10));
          poll();
        });
        const page = document.querySelector('#preview > div');
        const card = page.querySelector('shn-referral-card');
        await card.updateComplete;
        const probe = document.createElement('a');
        probe.style.setProperty('color', 'var(--basis-color-action-1-color-default, var(--utrecht-link-color, var(--ams-link-color)))');
        page.append(probe);
        const expected = getComputedStyle(probe).color;
        probe.remove();
        return { className: page.className, expected, actual: getComputedStyle(card.shadowRoot.querySelector('[part="phone"]')).color };
      }, id);
      assert.equal(result.className, className, id);
      assert.equal(result.actual, result.expected, `${id}: the preview's link colour is the theme's`);
      assert.notEqual(result.actual, 'rgb(11, 83, 148)', `${id}: not the default link colour`);
    }
    await configurator.evaluate(() => {
      const select = document.getElementById('preview-theme');
      select.value = '';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    assert.deepEqual(configuratorProblems, [], 'no console errors or CSP violations on the configurator');
  });

  it('every theme keeps WCAG contrast in every element (axe), with the professional line closed', async () => {
    for (const tag of ELEMENTS) {
      for (const theme of Object.keys(THEMES)) {
        const { page } = await pasteIntoBlankPage(await configure({ tag, theme }), 'nl');
        await waitForUpgrade(page, [tag]);
        await page.addScriptTag({ content: axeSource });
        const violations = await page.evaluate(async (name) => {
          const result = await window.axe.run(document.querySelector(name), { runOnly: ['wcag2a', 'wcag2aa'] });
          return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
        }, tag);
        assert.deepEqual(violations, [], `${tag} with theme ${theme}`);
        await page.close();
      }
    }
  });

  it('a snippet with a wrong hash does not run (the integrity really is checked)', async () => {
    const snippet = await configure({ tag: 'shn-situation-list' });
    const broken = { ...snippet, head: snippet.head.replace(/(<script[^>]*integrity="sha384-)./, (match, start) => `${start}${match.endsWith('A') ? 'B' : 'A'}`) };
    assert.notEqual(broken.head, snippet.head);
    const { page, problems } = await pasteIntoBlankPage(broken, 'nl');
    await new Promise((resolve) => setTimeout(resolve, 800));
    assert.equal(await page.evaluate(() => Boolean(customElements.get('shn-situation-list'))), false);
    assert.equal(await page.$eval('[slot="fallback"]', (p) => p.checkVisibility()), true);
    assert.ok(problems.some((problem) => /integrity/i.test(problem)), problems.join('; '));
    await page.close();
  });

  it('the copy buttons put each snippet part on the clipboard', async () => {
    await site.browser.defaultBrowserContext().overridePermissions(site.origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    const snippet = await configure({ tag: 'shn-contact-status' });
    for (const [id, text] of [['snippet-head', snippet.head], ['snippet-body', snippet.body], ['snippet-css', snippet.css]]) {
      await configurator.click(`[data-copy="${id}"]`);
      await configurator.waitForFunction(() => document.getElementById('copy-status').textContent !== '');
      assert.equal(await configurator.evaluate(() => navigator.clipboard.readText()), text);
      assert.equal(await configurator.$eval('#copy-status', (status) => status.textContent), 'Copied.');
    }
  });
});

describe('embed configurator: HTML only (no script)', () => {
  /** Sets the "Embed" choice and returns the snippet, as `configure` does for the rest of the form. */
  async function configureHtmlOnly(options) {
    await configurator.evaluate(() => {
      const input = document.querySelector('input[name="mode"][value="html"]');
      input.checked = true;
    });
    try {
      return await configure(options);
    } finally {
      await configurator.evaluate(() => {
        document.querySelector('input[name="mode"][value="script"]').checked = true;
      });
    }
  }

  const CASES = [
    { tag: 'shn-contact-status', attribute: { name: 'audience', value: 'professional' } },
    { tag: 'shn-situation-list', attribute: { name: 'searchable', value: true } },
    { tag: 'shn-referral-card', attribute: { name: 'audience', value: 'municipality' }, lang: 'en' },
  ];

  for (const { tag, attribute, lang = 'nl' } of CASES) {
    it(`<${tag} ${attribute.name}>: pasted into a page that runs no script, it shows the same content as the live element`, async () => {
      const snippet = await configureHtmlOnly({ tag, attribute, lang });
      assert.doesNotMatch(snippet.body + snippet.head, /<script|<style|\sstyle=/, 'no script, no inline style');
      assert.match(snippet.body, /<template shadowroot="open" shadowrootmode="open"><link rel="stylesheet"/);
      assert.match(snippet.head, new RegExp(`^<link rel="preload" as="style" href="[^"]+/${tag}\\.css" integrity="sha384-`));
      assert.doesNotMatch(snippet.body, /searchable|type="search"/, 'no search box without the script');

      // A page that runs no script: the snippet in a sandbox without allow-scripts.
      const page = await site.browser.newPage();
      const problems = watchProblems(page);
      const pasted = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${snippet.head}</head><body>${snippet.body}</body></html>`;
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        if (request.url() === `${site.origin}/pasted.html`) return request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: pasted });
        if (request.url() === `${site.origin}/frame.html`) {
          return request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: '<!doctype html><iframe sandbox="allow-same-origin" src="/pasted.html" width="900" height="1500"></iframe>' });
        }
        return request.continue();
      });
      await page.goto(`${site.origin}/frame.html`, { waitUntil: 'load' });
      const shown = await page.evaluate(async (name) => {
        const doc = document.querySelector('iframe').contentDocument;
        const element = doc.querySelector(name);
        for (let i = 0; i < 100 && !element.shadowRoot.querySelector('link').sheet; i += 1) await new Promise((resolve) => setTimeout(resolve, 50));
        return {
          defined: Boolean(doc.defaultView.customElements.get(name)),
          text: element.shadowRoot.textContent.replace(/\s+/g, ' ').trim(),
          styled: getComputedStyle(element.shadowRoot.querySelector('.base')).fontSize,
          links: [...element.shadowRoot.querySelectorAll('a')].map((link) => link.getAttribute('href')),
        };
      }, tag);
      assert.equal(shown.defined, false, 'no script ran');
      assert.equal(shown.styled, '16px', 'styled by its stylesheet');
      assert.ok(shown.links.length > 0 && shown.links.every((href) => /^(https|tel|mailto):/.test(href)), shown.links.join(' '));
      assert.doesNotMatch(shown.text, /Nu open|Nu gesloten|Open now|Closed now/);
      assert.deepEqual(problems, []);

      // The same words as the live element the configurator previews, apart from the live status line.
      const live = await configurator.evaluate((name) => document.querySelector(`#preview ${name}`).shadowRoot.textContent.replace(/\s+/g, ' ').trim(), tag);
      if (tag === 'shn-contact-status') assert.match(shown.text, /maandag tot en met vrijdag 08:00–20:00 uur/);
      else if (tag === 'shn-referral-card') assert.equal(shown.text, live.replace(/\s+/g, ' '));
      else assert.ok(live.includes(shown.text.replace(/^.*?(?=Oplichting|Inbraak|Geweld)/, '').slice(0, 40)), 'the list shows the same situations');
      await page.close();
    });
  }
});
