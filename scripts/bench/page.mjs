#!/usr/bin/env node
// Benchmark (not a test): what the widgets cost a municipal page on a phone. Lighthouse 12 (mobile emulation,
// devtools throttling: slow 4G and the CPU slowed 4×) loads the same municipal page with and without the
// widgets (scripts/bench/fixtures/municipal-page.mjs), served gzip-compressed from a local server, in one run,
// alternating, and prints the medians: the Total Blocking Time the widgets add, their longest task, the time
// spent in their scripts, LCP and CLS of both pages, and the bytes each page downloads (per file for the
// widgets). Needs `npm run build` first. SHN_BENCH_RUNS=5 for more runs per page (default 3).
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { MainThreadTasks } from 'lighthouse/core/computed/main-thread-tasks.js';
import { getAttributableURLForTask } from 'lighthouse/core/lib/tracehouse/task-summary.js';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumExecutable } from '../test/browsers.mjs';
import { serve } from './serve.mjs';
import { root } from '../lib/cli.mjs';

const RUNS = Math.max(1, Number(process.env.SHN_BENCH_RUNS ?? 3));
const CDN = '/dist/cdn/';
if (!existsSync(join(root, 'dist/cdn/integrity.json'))) {
  console.error('bench/page: dist/cdn is missing; run "npm run build" first.');
  process.exit(1);
}
const integrity = JSON.parse(readFileSync(join(root, 'dist/cdn/integrity.json'), 'utf8'));
// After the check above: the page reads the embed snippet, which reads the list's rule from dist/.
const { municipalPage } = await import('./fixtures/municipal-page.mjs');

const PAGES = {
  with: { path: '/met-widgets.html', html: municipalPage({ embed: { base: CDN, integrity } }) },
  without: { path: '/zonder-widgets.html', html: municipalPage() },
};

// Lighthouse's mobile defaults (Moto G Power screen, slow 4G: 150 ms RTT, 1.6 Mbps), applied by DevTools
// itself rather than simulated, so the trace shows the real tasks on a CPU slowed 4×.
const FLAGS = { output: 'json', logLevel: 'error', onlyCategories: ['performance'], formFactor: 'mobile', throttlingMethod: 'devtools' };

const ours = (url) => typeof url === 'string' && new URL(url, 'http://x').pathname.startsWith(CDN);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** The figures of one Lighthouse run, with the widgets' share read from the trace's main-thread tasks. */
async function measure(port, url) {
  const result = await lighthouse(url, { ...FLAGS, port });
  if (!result?.lhr) throw new Error(`Lighthouse returned no result for ${url}`);
  const { lhr, artifacts } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const audit = (id) => lhr.audits[id];
  const requests = audit('network-requests').details.items.filter((item) => !item.url.startsWith('data:'));

  // As Lighthouse's bootup-time does: each task's own time goes to the script it runs for.
  const tasks = await MainThreadTasks.request(artifacts.Trace, { computedCache: new Map() });
  const jsURLs = new Set(requests.filter((item) => item.resourceType === 'Script').map((item) => item.url));
  let script = 0;
  for (const task of tasks) {
    if (ours(getAttributableURLForTask(task, jsURLs)) && ['scriptEvaluation', 'scriptParseCompile'].includes(task.group.id)) script += task.selfTime;
  }
  // The widgets' longest task: the longest top-level task that runs any of their code.
  const longest = tasks
    .filter((task) => !task.parent && task.attributableURLs.some(ours))
    .reduce((max, task) => Math.max(max, task.duration), 0);

  return {
    tbt: audit('total-blocking-time').numericValue,
    lcp: audit('largest-contentful-paint').numericValue,
    cls: audit('cumulative-layout-shift').numericValue,
    fcp: audit('first-contentful-paint').numericValue,
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? 0,
    longest,
    script,
    mainThread: audit('mainthread-work-breakdown').numericValue,
    bytes: requests.reduce((sum, item) => sum + (item.transferSize ?? 0), 0),
    files: Object.fromEntries(requests.filter((item) => ours(item.url)).map((item) => [new URL(item.url).pathname.slice(CDN.length), item.transferSize ?? 0])),
    longTasks: (audit('long-tasks').details?.items ?? []).map((item) => ({ url: item.url, duration: item.duration })),
  };
}

const { server, origin } = await serve({ root, pages: Object.fromEntries(Object.values(PAGES).map(({ path, html }) => [path, html])), folders: ['dist/cdn/', 'demo/'] });
const browser = await puppeteer.launch({
  executablePath: chromiumExecutable(),
  args: [...chromiumArgs, '--remote-debugging-port=0'],
  headless: true,
  defaultViewport: null,
});
const port = Number(new URL(browser.wsEndpoint()).port);
const runs = { with: [], without: [] };
const started = Date.now();
try {
  for (let round = 0; round < RUNS; round += 1) {
    // Alternate which page goes first, so neither always meets a warmer browser.
    const order = round % 2 ? ['without', 'with'] : ['with', 'without'];
    for (const name of order) {
      const figures = await measure(port, origin + PAGES[name].path);
      runs[name].push(figures);
      console.log(`  run ${round + 1}/${RUNS} ${name.padEnd(7)} TBT ${figures.tbt.toFixed(0).padStart(4)} ms  longest widget task ${figures.longest.toFixed(0).padStart(4)} ms  widget script ${figures.script.toFixed(0).padStart(4)} ms  LCP ${figures.lcp.toFixed(0)} ms  CLS ${figures.cls.toFixed(4)}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}

const m = (name, key) => median(runs[name].map((run) => run[key]));
const ms = (value) => `${value.toFixed(0)} ms`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`\nPage benchmark: Lighthouse ${lighthouseVersion()}, mobile, devtools throttling (slow 4G, CPU 4×), medians of ${RUNS} runs per page (${((Date.now() - started) / 1000).toFixed(0)} s)`);
console.log('                                   with widgets   without   added');
const row = (label, key, format) => {
  const a = m('with', key);
  const b = m('without', key);
  console.log(`  ${label.padEnd(32)} ${format(a).padStart(12)} ${format(b).padStart(9)} ${format(a - b).padStart(7)}`);
};
row('Total Blocking Time', 'tbt', ms);
row('Largest Contentful Paint', 'lcp', ms);
row('First Contentful Paint', 'fcp', ms);
row('Cumulative Layout Shift', 'cls', (value) => value.toFixed(4));
row('main-thread work', 'mainThread', ms);
row('bytes downloaded (transfer)', 'bytes', kb);
console.log(`  widgets' longest task            ${ms(m('with', 'longest')).padStart(12)}   (goal: none over 50 ms)`);
console.log(`  widgets' script time             ${ms(m('with', 'script')).padStart(12)}   (evaluation + parse/compile of dist/cdn files)`);
console.log(`  TBT the widgets add              ${ms(m('with', 'tbt') - m('without', 'tbt')).padStart(12)}   (goal: at most 30 ms)`);
const range = (key) => `${ms(Math.min(...runs.with.map((run) => run[key])))}–${ms(Math.max(...runs.with.map((run) => run[key])))}`;
console.log(`  spread over the runs with widgets: TBT ${range('tbt')}, longest task ${range('longest')}, script ${range('script')}`);
// A busy machine inflates every CPU figure (throttling multiplies whatever the CPU has to spare): say so.
const load = loadavg()[0];
console.log(`  machine: Lighthouse benchmarkIndex ${median(runs.with.map((run) => run.benchmarkIndex)).toFixed(0)}, load average ${load.toFixed(1)} on ${availableParallelism()} cores${load > availableParallelism() / 2 ? ' (busy: CPU figures are inflated; compare runs on a quiet machine)' : ''}`);
console.log('\n  widget files downloaded (transfer size, gzip, median):');
const files = [...new Set(runs.with.flatMap((run) => Object.keys(run.files)))];
for (const file of files) console.log(`    ${file.padEnd(34)} ${kb(median(runs.with.map((run) => run.files[file] ?? 0))).padStart(9)}`);
console.log(`    ${'together'.padEnd(34)} ${kb(median(runs.with.map((run) => Object.values(run.files).reduce((a, b) => a + b, 0)))).padStart(9)}`);

function lighthouseVersion() {
  return JSON.parse(readFileSync(join(root, 'node_modules/lighthouse/package.json'), 'utf8')).version;
}
