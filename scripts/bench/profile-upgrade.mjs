#!/usr/bin/env node
// Profile (not a test): what the upgrade of a page of widgets costs at start-up, and where that time goes.
// Loads the benchmark's municipal page (scripts/bench/fixtures/municipal-page.mjs) in Debian's Chromium with
// the CPU slowed 4× (DevTools protocol), records a CPU profile with a 100 µs sampling interval from the
// navigation until every widget (also the status nested in a card) has rendered, and prints:
// - where the time goes, by file and by function (time including callees);
// - the start-up costs the issue names: module evaluation, deep freezing of content, style sheets, Intl
//   objects (luxon's zone checks, Intl.DateTimeFormat), observers; from the profile, and from a second,
//   counted load that wraps those constructors (how many, how long).
// Readable names: by default the page loads the npm build (dist/, tsc output, not minified) through an import
// map, with Lit's production build and luxon's ES module build; `--cdn` profiles the minified CDN bundle as a
// municipality loads it (same work, mangled names). Medians over SHN_PROFILE_RUNS loads (default 3).
// Needs `npm run build` first.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumExecutable } from '../test/browsers.mjs';
import { serve } from './serve.mjs';
import { summarise } from './profile-summary.mjs';
import { COUNTERS, installCounters } from './profile-counters.mjs';
import { root } from '../lib/cli.mjs';

const RUNS = Math.max(1, Number(process.env.SHN_PROFILE_RUNS ?? 3));
const CPU_SLOWDOWN = 4;
const CDN = process.argv.includes('--cdn');
const TOP = Number(process.env.SHN_PROFILE_TOP ?? 25);
if (!existsSync(join(root, 'dist/cdn/integrity.json')) || !existsSync(join(root, 'dist/define/index.js'))) {
  console.error('bench/profile-upgrade: dist/ is missing; run "npm run build" first.');
  process.exit(1);
}
// After the check above: the page reads the embed snippet, which reads the list's rule from dist/.
const { municipalPage } = await import('./fixtures/municipal-page.mjs');

// The npm build resolves its bare imports (lit, luxon) through an import map to the installed packages.
const IMPORT_MAP = {
  imports: {
    lit: '/node_modules/lit/index.js',
    'lit/': '/node_modules/lit/',
    'lit-html': '/node_modules/lit-html/lit-html.js',
    'lit-html/': '/node_modules/lit-html/',
    'lit-element/': '/node_modules/lit-element/',
    '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
    '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
    luxon: '/node_modules/luxon/build/es6/luxon.mjs',
  },
};
const html = CDN
  ? municipalPage({ embed: { base: '/dist/cdn/', integrity: JSON.parse(readFileSync(join(root, 'dist/cdn/integrity.json'), 'utf8')) } })
  : municipalPage({
      head: `<script type="importmap">${JSON.stringify(IMPORT_MAP)}</script>\n<script type="module" src="/dist/define/index.js"></script>`,
    });
const PATH = '/gemeente.html';
const folders = ['dist/', 'demo/', 'node_modules/lit/', 'node_modules/lit-html/', 'node_modules/lit-element/', 'node_modules/@lit/reactive-element/', 'node_modules/luxon/'];

// Runs in the page: resolves once every widget, also the ones in other widgets' shadow roots, has rendered.
async function widgetsRendered() {
  const tags = ['shn-contact-status', 'shn-situation-list', 'shn-referral-card'];
  await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
  const all = (scope) => [...scope.querySelectorAll(tags.join(','))].flatMap((element) => [element, ...(element.shadowRoot ? all(element.shadowRoot) : [])]);
  for (let pass = 0; pass < 5; pass += 1) await Promise.all(all(document).map((element) => element.updateComplete));
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  return all(document).length;
}

async function load(browser, origin, { profile, count }) {
  const page = await browser.newPage();
  const session = await page.createCDPSession();
  await session.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  if (count) await page.evaluateOnNewDocument(installCounters);
  if (profile) {
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 100 });
    await session.send('Profiler.start');
  }
  await page.goto(origin + PATH, { waitUntil: 'load' });
  const elements = await page.evaluate(widgetsRendered);
  const result = { elements };
  if (profile) result.profile = (await session.send('Profiler.stop')).profile;
  if (count) result.counts = await page.evaluate(() => window.__shnCounters);
  await page.close();
  return result;
}

const { server, origin } = await serve({ root, pages: { [PATH]: html }, folders });
const browser = await puppeteer.launch({ executablePath: chromiumExecutable(), args: chromiumArgs, headless: true });
const profiles = [];
const counts = [];
let elements = 0;
try {
  await load(browser, origin, { profile: false, count: false }); // warm-up: the browser's own first-load costs
  for (let run = 0; run < RUNS; run += 1) {
    const profiled = await load(browser, origin, { profile: true, count: false });
    profiles.push(profiled.profile);
    elements = profiled.elements;
    counts.push((await load(browser, origin, { profile: false, count: true })).counts);
  }
} finally {
  await browser.close();
  server.close();
}

console.log(`Upgrade profile: ${elements} widgets on the municipal page (${CDN ? 'CDN bundle, minified' : 'npm build via import map'}), CPU ${CPU_SLOWDOWN}× slower, medians of ${RUNS} loads\n`);
if (CDN) console.log('(the CDN bundle is minified into a few chunks: start-up costs by category need the npm build; read the functions)\n');
summarise(profiles, { top: TOP, print: console.log, categories: !CDN });
console.log('\nCounted (a separate load with the constructors wrapped; the wrapper adds a little time to each call):');
for (const key of Object.keys(COUNTERS)) {
  const middle = (field) => counts.map((run) => run[key]?.[field] ?? 0).sort((a, b) => a - b)[Math.floor(counts.length / 2)];
  console.log(`  ${COUNTERS[key].padEnd(58)} ${String(middle('calls')).padStart(6)} calls ${middle('ms').toFixed(1).padStart(8)} ms  (longest ${middle('max').toFixed(1)} ms)`);
}
