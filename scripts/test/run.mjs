#!/usr/bin/env node
// `npm test`: finds (or installs) the browsers, then runs the test runner's groups one after the other and
// prints how long each took, so a slow group shows. Every group runs even when one fails; the exit code says
// whether all passed. Arguments are passed on to web-test-runner (e.g. --group unit runs only that group).
import { spawnSync } from 'node:child_process';
import { ensureBrowser } from './ensure-browsers.mjs';
import { selectedBrowsers } from './browsers.mjs';

const selected = selectedBrowsers();
ensureBrowser('chromium');
if (selected.firefox) ensureBrowser('firefox');
if (selected.webkit) for (const kind of ['webkit', 'webkitdriver', 'xvfb']) ensureBrowser(kind);

const args = process.argv.slice(2);
const { default: config } = await import('../../web-test-runner.config.mjs');
const asked = args.includes('--group') ? [args[args.indexOf('--group') + 1]] : null;
const passOn = asked ? args.filter((arg, index) => index !== args.indexOf('--group') && index !== args.indexOf('--group') + 1) : args;
// The stories group has its own command (npm run test:stories) but belongs to the full run as well.
const groups = asked ?? config.groups.map((group) => group.name);

const results = [];
for (const group of groups) {
  const started = Date.now();
  console.log(`\n=== group ${group} ===`);
  const run = spawnSync('npx', ['web-test-runner', '--group', group, ...passOn], { stdio: 'inherit' });
  results.push({ group, seconds: (Date.now() - started) / 1000, ok: run.status === 0 });
}

console.log('\nTime per group:');
for (const { group, seconds, ok } of results) {
  console.log(`  ${ok ? 'passed' : 'FAILED'}  ${seconds.toFixed(1).padStart(6)} s  ${group}`);
}
const total = results.reduce((sum, { seconds }) => sum + seconds, 0);
console.log(`  total   ${total.toFixed(1).padStart(6)} s`);
process.exit(results.every(({ ok }) => ok) ? 0 : 1);
