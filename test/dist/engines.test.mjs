// The demo pages and the embed's reserved height in all three engines (Chromium, Firefox ESR, WebKit):
// - the demo pages do not scroll sideways at 320 px (and the demo's start page not at 375 px), and nothing in
//   them sticks out of the screen or out of its panel;
// - the space a page keeps free for a widget (the README's CSS rule, with the heights the configurator
//   measures, and those of the sample municipal page) is the height the widget takes once it upgrades.
// WebKit reports no layout-shift entries, so each page is measured before and after the upgrade: it is served
// without its scripts, measured, then given the script.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { startDemoServer } from '../../scripts/dev/demo.mjs';
import { readIntegrity } from './support/browser.mjs';
import { engines, launch } from './support/engines.mjs';

const TAGS = ['shn-situation-list', 'shn-contact-status', 'shn-referral-card'];
// Rounding: the configurator rounds a measured height up to a quarter rem.
const TOLERANCE = 4;

/**
 * The demo server, plus two kinds of test page on the same origin:
 * /held/<page> is a demo page without its widget scripts (and with its own CSP); /snippet/<n> is a blank page
 * with a snippet's element and CSS, in a column as wide as the configurator's preview, without the script.
 */
async function startPages() {
  readIntegrity();
  const demo = await startDemoServer(0);
  const demoOrigin = `http://127.0.0.1:${demo.address().port}`;
  const [serveDemo] = demo.listeners('request');
  const snippets = [];
  const server = createServer(async (request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    if (path.startsWith('/held/')) {
      const original = await fetch(`${demoOrigin}/${path.slice('/held/'.length)}`);
      const type = original.headers.get('content-type');
      let body = Buffer.from(await original.arrayBuffer());
      if (type.startsWith('text/html')) {
        body = body.toString('utf8').replace(/\s*<(script type="module"|link rel="modulepreload")[^>]*>(<\/script>)?/g, '');
      }
      response.writeHead(original.status, { 'content-type': type, 'content-security-policy': original.headers.get('content-security-policy') ?? '' });
      return response.end(body);
    }
    if (path.startsWith('/snippet/')) {
      const { body, css, width, lang } = snippets[Number(path.slice('/snippet/'.length))];
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return response.end(`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Snippet</title>
<style>${css}\n.column { inline-size: ${width}px; }</style></head><body><div class="column">${body}</div></body></html>`);
    }
    return serveDemo(request, response);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    addSnippet: (snippet) => snippets.push(snippet) - 1,
    close: () => Promise.all([new Promise((resolve) => server.close(resolve)), new Promise((resolve) => demo.close(resolve))]),
  };
}

// In the page: the height of every widget before and after the widgets' script runs.
async function heightsAroundUpgrade({ tags, script }) {
  const heights = () => tags.flatMap((tag) => [...document.querySelectorAll(tag)].map((element) => ({ tag, height: element.getBoundingClientRect().height })));
  const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await document.fonts.ready;
  await frames();
  const beforeUpgrade = heights();
  const element = document.createElement('script');
  element.type = 'module';
  element.src = script;
  document.head.append(element);
  const present = tags.filter((tag) => document.querySelector(tag));
  await Promise.all(present.map((tag) => customElements.whenDefined(tag)));
  const widgets = present.flatMap((tag) => [...document.querySelectorAll(tag)]);
  for (let round = 0; round < 5; round += 1) await Promise.all(widgets.map((widget) => widget.updateComplete));
  await document.fonts.ready;
  await frames();
  return { beforeUpgrade, afterUpgrade: heights() };
}

// In the page: what sticks out of the screen, or out of a snippet panel, looking into shadow roots too.
async function overflow() {
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const width = document.documentElement.clientWidth;
  const all = [];
  const walk = (root) => {
    for (const element of root.querySelectorAll('*')) {
      all.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(document);
  const name = (element) => `<${element.localName}${element.id ? ` id="${element.id}"` : ''}${element.getAttribute('part') ? ` part="${element.getAttribute('part')}"` : ''}>`;
  const problems = all
    .filter((element) => element.getClientRects().length > 0 && element.getBoundingClientRect().right > width + 0.5)
    .map((element) => `${name(element)} reaches ${Math.round(element.getBoundingClientRect().right)} px`);
  for (const box of document.querySelectorAll('.snippet textarea')) {
    const panel = box.closest('section').getBoundingClientRect();
    if (box.getBoundingClientRect().right > panel.right + 0.5) problems.push(`${name(box)} runs past its panel's right edge`);
  }
  if (document.documentElement.scrollWidth > width) problems.push(`the page is ${document.documentElement.scrollWidth} px wide`);
  return { width, problems: problems.slice(0, 10) };
}

// In the configurator: resolves once its form is ready (it reads the manifest first).
function configuratorReady() {
  return new Promise((resolve) => {
    const poll = () => (document.getElementById('options')?.dataset.ready === 'true' ? resolve(true) : setTimeout(poll, 10));
    poll();
  });
}

// In the configurator: picks an element as a visitor would and returns the snippet once the preview is measured.
async function configure(tag) {
  const form = document.getElementById('options');
  const input = form.querySelector(`input[name="element"][value="${tag}"]`);
  input.checked = true;
  form.dataset.ready = '';
  input.dispatchEvent(new Event('change', { bubbles: true }));
  form.dispatchEvent(new Event('input'));
  await new Promise((resolve) => {
    const poll = () => (form.dataset.ready === 'true' ? resolve() : setTimeout(poll, 10));
    poll();
  });
  const value = (id) => document.getElementById(id).value;
  const preview = document.querySelector(`#preview ${tag}`);
  return { body: value('snippet-body'), css: value('snippet-css'), width: preview.getBoundingClientRect().width, lang: document.querySelector('input[name="lang"]:checked').value };
}

const reserveOf = (css) => /min-block-size: ([\d.]+rem)/.exec(css)?.[1];

let pages;
before(async () => {
  pages = await startPages();
});
after(() => pages?.close());

for (const engine of engines()) {
  describe(`in ${engine}`, () => {
    let browser;
    before(async () => {
      browser = await launch(engine);
    });
    after(() => browser?.close());

    for (const [page, widths] of [['index.html', [320, 375]], ['configurator.html', [320]], ['gemeente-voorbeeld.html', [320]]]) {
      for (const width of widths) {
        it(`demo ${page} at ${width} px: nothing scrolls sideways or sticks out`, async () => {
          await browser.setViewport(width, 800);
          await browser.goto(`${pages.origin}/${page}`);
          if (page === 'configurator.html') await browser.evaluate(configuratorReady);
          else await browser.evaluate((tags) => Promise.all(tags.filter((tag) => document.querySelector(tag)).map((tag) => customElements.whenDefined(tag))).then(() => true), TAGS);
          const { problems } = await browser.evaluate(overflow);
          assert.deepEqual(problems, [], `${page} at ${width} px in ${engine}`);
        });
      }
    }

    for (const width of [1280, 375]) {
      it(`the sample municipal page keeps the widgets' space free at ${width} px (README's CSS rule)`, async (t) => {
        await browser.setViewport(width, 900);
        await browser.goto(`${pages.origin}/held/gemeente-voorbeeld.html`);
        const { beforeUpgrade, afterUpgrade } = await browser.evaluate(heightsAroundUpgrade, { tags: TAGS, script: '/dist/cdn/shn-widgets.js' });
        t.diagnostic(`${engine} ${width} px: ${afterUpgrade.map(({ tag, height }, i) => `${tag} ${Math.round(beforeUpgrade[i].height)} → ${Math.round(height)}`).join(', ')}`);
        for (const [i, { tag, height }] of afterUpgrade.entries()) {
          assert.ok(Math.abs(height - beforeUpgrade[i].height) <= TOLERANCE, `${tag} at ${width} px in ${engine}: ${beforeUpgrade[i].height} px kept free, ${height} px after the upgrade`);
        }
      });
    }

    it('the height the configurator measures is the height each element takes in a page', async (t) => {
      await browser.setViewport(1280, 900);
      await browser.goto(`${pages.origin}/configurator.html`);
      const reserves = [];
      for (const tag of TAGS) {
        await browser.evaluate(configuratorReady);
        const snippet = await browser.evaluate(configure, tag);
        reserves.push(`${tag} ${reserveOf(snippet.css)} at ${Math.round(snippet.width)} px`);
        const id = pages.addSnippet(snippet);
        await browser.goto(`${pages.origin}/snippet/${id}`);
        const { beforeUpgrade, afterUpgrade } = await browser.evaluate(heightsAroundUpgrade, { tags: [tag], script: '/dist/cdn/shn-widgets.js' });
        assert.ok(
          Math.abs(afterUpgrade[0].height - beforeUpgrade[0].height) <= TOLERANCE,
          `${tag} in ${engine}: the snippet keeps ${beforeUpgrade[0].height} px free (${reserveOf(snippet.css)}), the element takes ${afterUpgrade[0].height} px`,
        );
        await browser.goto(`${pages.origin}/configurator.html`);
      }
      t.diagnostic(`${engine}: ${reserves.join('; ')}`);
    });
  });
}
