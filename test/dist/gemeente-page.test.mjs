// The sample municipal page, as `npm start` serves it: the embed as the README gives it, the fallback before
// the upgrade, no layout shift when the widgets upgrade, and integrity that really blocks a changed chunk.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  delayWidgets,
  freezeClock,
  layoutShiftReport,
  readIntegrity,
  recordLayoutShifts,
  startSite,
  waitForUpgrade,
  watchProblems,
} from './support/browser.mjs';

const TAGS = ['shn-situation-list', 'shn-contact-status', 'shn-referral-card'];
const PAGE = '/gemeente-voorbeeld.html';
let site;

before(async () => {
  site = await startSite();
});
after(() => site?.close());

async function open({ width = 1280, height = 800, setup } = {}) {
  const page = await site.browser.newPage();
  await page.setViewport({ width, height });
  const problems = watchProblems(page);
  await freezeClock(page);
  await setup?.(page);
  const response = await page.goto(`${site.origin}${PAGE}`);
  return { page, problems, response };
}

describe('Gemeente Voorbeeld (sample municipal page)', () => {
  it('embeds the CDN bundle as the README says: every chunk preloaded with its hash, the script with its hash', async () => {
    const { page, problems, response } = await open();
    assert.match(response.headers()['content-security-policy'], /script-src 'self'; style-src 'self'/);
    const integrity = readIntegrity();
    const head = await page.evaluate(() => ({
      preloads: [...document.querySelectorAll('link[rel="modulepreload"]')].map((link) => ({
        href: link.getAttribute('href'),
        integrity: link.integrity,
        crossorigin: link.getAttribute('crossorigin'),
      })),
      scripts: [...document.querySelectorAll('script[type="module"]')].map((script) => ({
        src: script.getAttribute('src'),
        integrity: script.integrity,
        crossorigin: script.getAttribute('crossorigin'),
      })),
    }));
    const chunks = integrity.entries['shn-widgets.js'].imports;
    assert.deepEqual(head.preloads, chunks.map((chunk) => ({ href: `/dist/cdn/${chunk}`, integrity: integrity.files[chunk], crossorigin: 'anonymous' })));
    assert.deepEqual(head.scripts, [{ src: '/dist/cdn/shn-widgets.js', integrity: integrity.files['shn-widgets.js'], crossorigin: 'anonymous' }]);
    await waitForUpgrade(page, TAGS);
    assert.deepEqual(problems, [], 'no errors, also none from the strict Content-Security-Policy the demo sends');
    await page.close();
  });

  it('before the script runs, each widget shows a readable fallback with the number and the website', async () => {
    const { page } = await open({
      setup: async (p) => {
        await p.setRequestInterception(true);
        p.on('request', (request) => (new URL(request.url()).pathname.startsWith('/dist/cdn/') ? request.abort() : request.continue()));
      },
    });
    for (const tag of TAGS) {
      const fallback = await page.$eval(tag, (element) => {
        const p = element.querySelector('[slot="fallback"]');
        return {
          defined: Boolean(customElements.get(element.localName)),
          visible: p.checkVisibility(),
          text: p.textContent.replace(/\s+/g, ' ').trim(),
          links: [...p.querySelectorAll('a')].map((a) => a.getAttribute('href')),
          height: element.getBoundingClientRect().height,
        };
      });
      assert.equal(fallback.defined, false, `${tag} must not be defined without the script`);
      assert.equal(fallback.visible, true, `${tag}: fallback visible`);
      assert.match(fallback.text, /0900-0101/, `${tag}: fallback names the number`);
      assert.deepEqual(fallback.links, ['tel:09000101', 'https://www.slachtofferhulp.nl/'], `${tag}: fallback links`);
      assert.ok(fallback.height > 0, `${tag}: reserves space`);
    }
    await page.close();
  });

  it('once upgraded, the fallback is no longer rendered and the widgets show their own content', async () => {
    const { page, problems } = await open();
    await waitForUpgrade(page, TAGS);
    for (const tag of TAGS) {
      const state = await page.$eval(tag, (element) => ({
        fallbackVisible: element.querySelector('[slot="fallback"]').checkVisibility(),
        assignedSlot: element.querySelector('[slot="fallback"]').assignedSlot,
        shadowText: element.shadowRoot.textContent.replace(/\s+/g, ' ').trim(),
      }));
      assert.equal(state.fallbackVisible, false, `${tag}: fallback hidden after the upgrade`);
      assert.equal(state.assignedSlot, null, `${tag}: no slot takes the fallback`);
      assert.ok(state.shadowText.length > 20, `${tag}: renders its content`);
    }
    assert.deepEqual(problems, []);
    await page.close();
  });

  for (const [width, height] of [[1280, 3000], [375, 3000], [1280, 800], [375, 800]]) {
    it(`upgrading causes no layout shift (CLS) at ${width}×${height}, with the widgets arriving late`, async (t) => {
      const { page, problems } = await open({
        width,
        height,
        setup: async (p) => {
          await recordLayoutShifts(p, 'shn-referral-card');
          await delayWidgets(p, 700);
        },
      });
      await waitForUpgrade(page, TAGS);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const report = await layoutShiftReport(page);
      t.diagnostic(`CLS ${report.cls.toFixed(4)} at ${width}×${height}; fallback painted at ${Math.round(report.firstPaint)} ms, upgraded at ${Math.round(report.definedAt)} ms`);
      assert.ok(report.firstPaint !== null && report.firstPaint < report.definedAt, 'the fallback was painted before the upgrade');
      assert.ok(report.cls <= 0.01, `CLS ${report.cls} should be at most 0.01`);
      assert.deepEqual(problems, []);
      await page.close();
    });
  }

  it('control: without the reserved space the same upgrade does shift the page', async (t) => {
    const { page } = await open({
      width: 1280,
      height: 3000,
      setup: async (p) => {
        await recordLayoutShifts(p, 'shn-referral-card');
        await p.setRequestInterception(true);
        p.on('request', async (request) => {
          const path = new URL(request.url()).pathname;
          if (path.startsWith('/dist/cdn/')) return setTimeout(() => request.continue(), 700);
          if (path !== '/gemeente-voorbeeld.css') return request.continue();
          const css = await (await fetch(request.url())).text();
          request.respond({ status: 200, contentType: 'text/css', body: css.slice(0, css.indexOf('/* Slachtofferhulp widgets')) });
        });
      },
    });
    await waitForUpgrade(page, TAGS);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const report = await layoutShiftReport(page);
    t.diagnostic(`CLS without reservation: ${report.cls.toFixed(4)}`);
    assert.ok(report.cls > 0.01, `expected a measurable shift, got ${report.cls}`);
    await page.close();
  });

  it('a script that differs from its hash is refused: the widgets stay on their fallback', async () => {
    const { page, problems } = await open({
      setup: async (p) => {
        await p.setRequestInterception(true);
        p.on('request', async (request) => {
          // The page's whole static code is the entry, shn-widgets.js (one file since each entry is a build of its own).
          if (!/\/dist\/cdn\/shn-widgets\.js$/.test(request.url())) return request.continue();
          const code = await (await fetch(request.url())).text();
          request.respond({ status: 200, contentType: 'text/javascript', body: `${code}\n// changed` });
        });
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const state = await page.evaluate((tags) => tags.map((tag) => ({
      defined: Boolean(customElements.get(tag)),
      fallbackVisible: document.querySelector(`${tag} [slot="fallback"]`).checkVisibility(),
    })), TAGS);
    assert.deepEqual(state, TAGS.map(() => ({ defined: false, fallbackVisible: true })));
    assert.ok(problems.some((problem) => /integrity/i.test(problem)), `expected an integrity error, got: ${problems.join('; ')}`);
    await page.close();
  });
});
