// Benchmark (not a test): what the widgets cost a page. In headless Chromium, the upgrade and first render
// (including style and layout) of 200 <shn-contact-status audience="professional"> and 20
// <shn-situation-list>, from the built CDN bundle (dist/cdn, `npm run build` first), against hand-written
// vanilla custom elements showing the same text, measured in the same page, alternating, several rounds.
// Prints the medians and the ratio; the goal is within 2× of vanilla.
//
// The vanilla elements are the cheapest honest implementation: attachShadow, one shared constructed style
// sheet with the same CSS, and a clone of a <template> holding exactly the DOM our element rendered. They do
// no work at all (no parsing of attributes, no clock, no language), so the ratio is an upper bound on what
// Lit and our logic add.
//
// Each round defines fresh subclasses under new tag names over markup already in the page, so every round
// measures a real upgrade: `customElements.define` upgrades the waiting elements, then the Lit elements render.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumExecutable } from '../test/browsers.mjs';
import { root } from '../lib/cli.mjs';

const ROUNDS = 15;
const WARM_UP = 3;
const CONTACT_STATUS = 200;
const SITUATION_LIST = 20;
const GOAL = 2;

const cdn = join(root, 'dist', 'cdn');
if (!existsSync(join(cdn, 'shn-widgets.js'))) {
  console.error('bench-elements: dist/cdn/shn-widgets.js is missing; run "npm run build" first.');
  process.exit(1);
}

const PAGE = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="/dist/cdn/shn-widgets.js"></script></head>
<body style="margin:0;width:1024px"></body></html>`;

function serve() {
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    if (path === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(PAGE);
      return;
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(cdn + '/') || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': extname(file) === '.js' ? 'text/javascript' : 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolveServer) => server.listen(0, '127.0.0.1', () => resolveServer(server)));
}

// Runs in the page. Returns the time of every round, per implementation and scenario.
async function benchmark({ rounds, warmUp, counts }) {
  await customElements.whenDefined('shn-contact-status');
  await customElements.whenDefined('shn-situation-list');
  const lit = { cs: customElements.get('shn-contact-status'), sl: customElements.get('shn-situation-list') };

  // What our elements render, as the vanilla elements' template and style sheet.
  async function capture(tag, attributes) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    document.body.append(element);
    await element.updateComplete;
    const template = document.createElement('template');
    template.innerHTML = element.shadowRoot.innerHTML.replace(/<!--[^>]*-->/g, '');
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(element.shadowRoot.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n'));
    const text = element.shadowRoot.textContent.replace(/\s+/g, ' ').trim();
    element.remove();
    return { template, sheet, text };
  }
  const shapes = {
    cs: await capture('shn-contact-status', { audience: 'professional' }),
    sl: await capture('shn-situation-list', {}),
  };

  function vanilla({ template, sheet }) {
    return class extends HTMLElement {
      connectedCallback() {
        if (this.shadowRoot) return;
        const shadow = this.attachShadow({ mode: 'open' });
        shadow.adoptedStyleSheets = [sheet];
        shadow.append(template.content.cloneNode(true));
      }
    };
  }
  const plain = { cs: vanilla(shapes.cs), sl: vanilla(shapes.sl) };

  const scenarios = {
    both: { cs: counts.cs, sl: counts.sl },
    'contact-status': { cs: counts.cs, sl: 0 },
    'situation-list': { cs: 0, sl: counts.sl },
  };
  let serial = 0;
  async function round(kind, scenario) {
    serial += 1;
    const tags = { cs: `x-cs-${kind}-${serial}`, sl: `x-sl-${kind}-${serial}` };
    const container = document.createElement('div');
    container.innerHTML =
      `<${tags.cs} audience="professional"></${tags.cs}>`.repeat(scenario.cs) + `<${tags.sl}></${tags.sl}>`.repeat(scenario.sl);
    document.body.append(container);
    void document.body.offsetHeight;
    window.gc?.();
    const started = performance.now();
    const classes = kind === 'lit' ? lit : plain;
    customElements.define(tags.cs, class extends classes.cs {});
    customElements.define(tags.sl, class extends classes.sl {});
    await Promise.all([...container.children].map((element) => element.updateComplete));
    void document.body.offsetHeight; // style and layout of what they rendered
    const elapsed = performance.now() - started;
    // Same text in both: otherwise the comparison means nothing.
    const first = container.firstElementChild;
    const expected = shapes[first.localName.startsWith('x-cs') ? 'cs' : 'sl'].text;
    if (first.shadowRoot.textContent.replace(/\s+/g, ' ').trim() !== expected) throw new Error(`${kind} rendered other text`);
    container.remove();
    return elapsed;
  }

  const times = {};
  for (const [name, scenario] of Object.entries(scenarios)) {
    times[name] = { lit: [], vanilla: [] };
    for (let i = 0; i < warmUp + rounds; i += 1) {
      // Alternate which goes first, so neither always meets a warmer or a more crowded page.
      const order = i % 2 === 0 ? ['lit', 'vanilla'] : ['vanilla', 'lit'];
      for (const kind of order) {
        const elapsed = await round(kind, scenario);
        if (i >= warmUp) times[name][kind].push(elapsed);
      }
    }
  }
  return { times, text: { cs: shapes.cs.text.slice(0, 60), sl: shapes.sl.text.slice(0, 60) } };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const server = await serve();
const browser = await puppeteer.launch({
  executablePath: chromiumExecutable(),
  args: [...chromiumArgs, '--js-flags=--expose-gc'],
  headless: true,
});
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'load' });
  const { times } = await page.evaluate(benchmark, {
    rounds: ROUNDS,
    warmUp: WARM_UP,
    counts: { cs: CONTACT_STATUS, sl: SITUATION_LIST },
  });
  const version = await browser.version();
  console.log(`bench-elements: upgrade + first render, dist/cdn in ${version}, median of ${ROUNDS} rounds (after ${WARM_UP} warm-up)`);
  const rows = [
    ['both', `${CONTACT_STATUS} <shn-contact-status audience="professional"> + ${SITUATION_LIST} <shn-situation-list>`],
    ['contact-status', `${CONTACT_STATUS} <shn-contact-status audience="professional"> only`],
    ['situation-list', `${SITUATION_LIST} <shn-situation-list> only`],
  ];
  let headline = 0;
  for (const [name, label] of rows) {
    const litMs = median(times[name].lit);
    const vanillaMs = median(times[name].vanilla);
    const ratio = litMs / vanillaMs;
    if (name === 'both') headline = ratio;
    console.log(`  ${label}`);
    console.log(`    widgets ${litMs.toFixed(1)} ms, vanilla ${vanillaMs.toFixed(1)} ms: ratio ${ratio.toFixed(2)}×`);
  }
  console.log(`  ratio ${headline.toFixed(2)}× (goal: within ${GOAL}×) — ${headline <= GOAL ? 'met' : 'NOT met'}`);
} finally {
  await browser.close();
  server.close();
}
