#!/usr/bin/env node
// The package as new users get it (run `npm run build` first): `npm pack`, installed into a scratch copy of
// test/consumers/ outside the repository (so nothing resolves to src/ or to our node_modules), then four apps:
//   react   Vite + React 19, TypeScript strict: native tags (types/react) and the wrappers
//   vue     Vite + Vue 3, vue-tsc with strictTemplates (types/vue), isCustomElement
//   svelte  Vite + Svelte 5, svelte-check (types/svelte)
//   next    Next.js app router: the wrappers in a server component, `next build` (static export)
// Each: the correct files type-check; in the wrong file every line marked "error" fails and no other line
// does; the app builds; Chromium renders it and a click on a situation reaches the app's handler, which
// calls preventDefault() (the link is not followed). The README's framework examples are these files.
// The scratch install is kept between runs (npm ci again only when package-lock.json changes).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import puppeteer from 'puppeteer';
import { root } from '../lib/cli.mjs';
import { chromiumArgs, chromiumExecutable } from './browsers.mjs';

const source = join(root, 'test/consumers');
const scratch = process.env.SHN_CONSUMERS_DIR ?? join(tmpdir(), 'shn-widgets-consumers');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };

/** The README blocks that must be these files, verbatim. */
const README_EXAMPLES = ['react/src/App.tsx', 'next/app/page.tsx', 'next/app/chooser.tsx', 'next/app/server-rendered/page.tsx', 'next/app/server-rendered/go-live.tsx', 'vue/src/App.vue', 'vue/src/env.d.ts', 'vue/vite.config.mjs', 'svelte/src/App.svelte', 'svelte/src/env.d.ts'];

function run(command, args, cwd = scratch) {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

function must(command, args, cwd) {
  const result = run(command, args, cwd);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.output.slice(-4000)}`);
  return result.output;
}

const bin = (name) => join(scratch, 'node_modules/.bin', name);

/** Lines marked `// error` or `<!-- error -->` in a file, 1-based. */
function markedLines(file) {
  return readFileSync(join(scratch, file), 'utf8')
    .split('\n')
    .flatMap((line, index) => (/(\/\/|<!--)\s*error\b/.test(line) && !/must fail/.test(line) ? [index + 1] : []));
}

/** Compares the checker's errors (file → lines) with the marked lines of the wrong file: nothing else may fail. */
function expectErrors(label, errors, wrongFile) {
  const expected = markedLines(wrongFile);
  const problems = [];
  for (const [file, lines] of errors) {
    if (file !== wrongFile) problems.push(`unexpected error in ${file} on line(s) ${[...lines].join(', ')}`);
  }
  const got = errors.get(wrongFile) ?? new Set();
  const missing = expected.filter((line) => !got.has(line));
  const extra = [...got].filter((line) => !expected.includes(line));
  if (missing.length) problems.push(`${wrongFile}: no error on marked line(s) ${missing.join(', ')} (a type went missing or loosened?)`);
  if (extra.length) problems.push(`${wrongFile}: error on unmarked line(s) ${extra.join(', ')}`);
  if (problems.length) throw new Error(`${label}:\n  ${problems.join('\n  ')}`);
  return `${expected.length} wrong lines fail, the rest type-checks`;
}

/** `path(line,col): error TS…` (tsc, vue-tsc) → Map(file → Set(line)). */
function tscErrors(output, prefix) {
  const errors = new Map();
  for (const match of output.matchAll(/^(\S.*?)\((\d+),\d+\): error TS\d+/gm)) {
    const file = match[1].replace(/\\/g, '/');
    if (!errors.has(file)) errors.set(file, new Set());
    errors.get(file).add(Number(match[2]));
  }
  if (!errors.size && /error/i.test(output)) throw new Error(`${prefix}: unrecognised output:\n${output.slice(-3000)}`);
  return errors;
}

/** svelte-check --output machine: `… ERROR "src/x.svelte" 8:21 "…"`. */
function svelteErrors(output) {
  const errors = new Map();
  for (const match of output.matchAll(/ ERROR "([^"]+)" (\d+):\d+/g)) {
    const file = `svelte/${match[1]}`;
    if (!errors.has(file)) errors.set(file, new Set());
    errors.get(file).add(Number(match[2]));
  }
  if (!/COMPLETED/.test(output)) throw new Error(`svelte-check did not complete:\n${output.slice(-3000)}`);
  return errors;
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.txt': 'text/plain', '.svg': 'image/svg+xml', '.ico': 'image/x-icon' };

/** A static server for a built app's folder. */
function serve(folder) {
  const server = createServer((request, response) => {
    let path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = join(folder, path);
    if (!file.startsWith(folder) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

let browser;
/** Serves a built app's folder and opens a new Chromium page for `visit`; closes both afterwards. */
async function withPage(folder, visit) {
  const server = await serve(folder);
  const origin = `http://127.0.0.1:${server.address().port}`;
  browser ??= await puppeteer.launch({ executablePath: chromiumExecutable(), args: chromiumArgs, headless: true });
  const page = await browser.newPage();
  try {
    return await visit(page, origin);
  } finally {
    await page.close();
    server.close();
  }
}

/** Opens the app, waits for the list (and, for React, hydration), clicks a situation: the app logs `chosen fraud`. */
const clickThrough = (folder, { hydrated = false } = {}) =>
  withPage(folder, async (page, origin) => {
    const messages = [];
    const offsite = [];
    page.on('console', (message) => messages.push(message.text()));
    page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.url().startsWith(origin)) return request.continue();
      offsite.push(request.url());
      return request.abort();
  });
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('shn-situation-list')?.shadowRoot?.querySelector('a[href]'), { timeout: 20000 });
    if (hydrated) {
      // The wrapper listens once React has hydrated the page (its effects run after the first commit).
      await page.waitForFunction(() => Object.keys(document.querySelector('shn-situation-list')).some((key) => key.startsWith('__react')), { timeout: 20000 });
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
    }
    await page.evaluate(() => document.querySelector('shn-situation-list').shadowRoot.querySelector('a[href]').click());
    await page.waitForFunction(() => true);
    const deadline = Date.now() + 5000;
    while (!messages.includes('chosen fraud') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    if (!messages.includes('chosen fraud')) throw new Error(`the app did not receive shn-situation-select; console: ${JSON.stringify(messages)}`);
    if (offsite.length) throw new Error(`the link was followed (preventDefault() had no effect): ${offsite.join(', ')}`);
    const errors = messages.filter((message) => /^pageerror|error/i.test(message));
    if (errors.length) throw new Error(`errors on the page: ${errors.join('; ')}`);
    return 'rendered; a click reached the handler and preventDefault() kept the page';
  });

/**
 * Issue 14 in Next.js: the server component's renderWidget output, as the static export wrote it at build
 * time, is a declarative shadow root with the linked stylesheet, no inline style and no live claim.
 */
function checkServerRendered(html) {
  const status = /<shn-contact-status[^>]*>[\s\S]*?<\/shn-contact-status>/.exec(html)?.[0] ?? '';
  const problems = [
    !/<template[^>]*\bshadowrootmode="open"/.test(status) && 'no declarative shadow root',
    !/<link rel="stylesheet" href="\/cdn\/shn-contact-status\.css" integrity="sha384-/.test(status) && 'no linked stylesheet with its integrity',
    /<style|\sstyle=/.test(status) && 'an inline style',
    /Nu open|Nu gesloten|\bstate=/.test(status) && 'a live claim',
    !/08:00[–-]20:00/.test(status) && 'not the hours in words',
  ].filter(Boolean);
  if (problems.length) throw new Error(`next: server-rendered status: ${problems.join(', ')}:\n${status.slice(0, 3000)}`);
  return 'a server component renders the status with renderWidget: declarative shadow root, linked stylesheet, no inline style, hours in words, nothing live';
}

/** The server-rendered page in Chromium: styled by its stylesheet before any script, then live after hydration. */
const goesLive = (folder) =>
  withPage(folder, async (page, origin) => {
    const messages = [];
    page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
    page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400) messages.push(`error: ${response.status()} ${new URL(response.url()).pathname}`);
  });
  // The app has no icon; the browser's own request for one is not the page's error.
  await page.setRequestInterception(true);
  page.on('request', (request) => (new URL(request.url()).pathname === '/favicon.ico' ? request.respond({ status: 204 }) : request.continue()));
    await page.goto(`${origin}/server-rendered.html`, { waitUntil: 'load' });
    const styled = await page.evaluate(() => Boolean(document.querySelector('shn-contact-status').shadowRoot?.querySelector('link[rel="stylesheet"]')?.sheet));
    if (!styled) throw new Error('next: the server-rendered status has no loaded stylesheet in its shadow root');
    await page.waitForFunction(() => ['open', 'closed'].includes(document.querySelector('shn-contact-status').getAttribute('state')), { timeout: 20000 });
    const text = await page.evaluate(() => document.querySelector('shn-contact-status').shadowRoot.textContent);
    if (!/Nu open|Nu gesloten/.test(text)) throw new Error(`next: the hydrated status is not live: ${text}`);
    const problems = messages.filter((message) => /^(pageerror|error)/.test(message) || /hydrat/i.test(message));
    if (problems.length) throw new Error(`next: errors on the server-rendered page: ${problems.join('; ')}`);
    return 'the server-rendered page is styled by its stylesheet, and the status hydrates and goes live without errors';
  });

const viteBuild = (app) => must(process.execPath, [join(scratch, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], join(scratch, app));

const APPS = {
  async react() {
    const types = expectErrors('react (tsc, strict)', tscErrors(run(bin('tsc'), ['-p', 'react/tsconfig.json', '--pretty', 'false']).output, 'tsc'), 'react/src/Wrong.tsx');
    viteBuild('react');
    return [types, await clickThrough(join(scratch, 'react/dist'))];
  },
  async vue() {
    const types = expectErrors('vue (vue-tsc, strictTemplates)', tscErrors(run(bin('vue-tsc'), ['-p', 'vue/tsconfig.json', '--pretty', 'false']).output, 'vue-tsc'), 'vue/src/Wrong.vue');
    const build = viteBuild('vue');
    if (/Failed to resolve component/.test(build)) throw new Error(`vue: ${build}`);
    return [types, await clickThrough(join(scratch, 'vue/dist'))];
  },
  async svelte() {
    const output = run(bin('svelte-check'), ['--workspace', 'svelte', '--tsconfig', './tsconfig.json', '--output', 'machine']).output;
    const types = expectErrors('svelte (svelte-check)', svelteErrors(output), 'svelte/src/Wrong.svelte');
    viteBuild('svelte');
    return [types, await clickThrough(join(scratch, 'svelte/dist'))];
  },
  async next() {
    const types = expectErrors('next (tsc, strict)', tscErrors(run(bin('tsc'), ['-p', 'next/tsconfig.wrong.json', '--pretty', 'false']).output, 'tsc'), 'next/wrong/Wrong.tsx');
    // The element stylesheets server HTML links (renderWidget's stylesheetBase '/cdn/'), from the package.
    const cdnFiles = join(scratch, 'node_modules/@slachtofferhulp/widgets/dist/cdn');
    mkdirSync(join(scratch, 'next/public/cdn'), { recursive: true });
    for (const file of readdirSync(cdnFiles).filter((name) => name.endsWith('.css'))) cpSync(join(cdnFiles, file), join(scratch, 'next/public/cdn', file));
    must(process.execPath, [join(scratch, 'node_modules/next/dist/bin/next'), 'build'], join(scratch, 'next'));
    const html = readFileSync(join(scratch, 'next/out/index.html'), 'utf8');
    for (const expected of ['<shn-referral-card audience="victim" situation="fraud" heading-level="2"', '<shn-situation-list situations="fraud burglary"']) {
      if (!html.includes(expected)) throw new Error(`next: the server HTML lacks ${expected}:\n${html.slice(0, 3000)}`);
    }
    return [
      types,
      'next build passes (server component with the wrappers); the server HTML carries the attributes',
      await clickThrough(join(scratch, 'next/out'), { hydrated: true }),
      checkServerRendered(readFileSync(join(scratch, 'next/out/server-rendered.html'), 'utf8')),
      await goesLive(join(scratch, 'next/out')),
    ];
  },
};

/** The README shows each example file whole, in a code block. */
function checkReadme() {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const missing = README_EXAMPLES.filter((file) => !readme.includes(readFileSync(join(source, file), 'utf8').trim()));
  if (missing.length) throw new Error(`README.md does not show these tested examples verbatim: ${missing.join(', ')}`);
  return `${README_EXAMPLES.length} README examples are the tested files`;
}

function install() {
  const started = Date.now();
  mkdirSync(scratch, { recursive: true });
  const lock = readFileSync(join(source, 'package-lock.json'));
  const hash = createHash('sha256').update(lock).digest('hex');
  const marker = join(scratch, 'node_modules/.shn-lock-hash');
  for (const entry of readdirSync(scratch)) if (entry !== 'node_modules') rmSync(join(scratch, entry), { recursive: true, force: true });
  cpSync(source, scratch, { recursive: true, filter: (path) => !/[\\/](node_modules|dist|out|\.next)([\\/]|$)/.test(path.slice(source.length)) });
  const fresh = !(existsSync(marker) && readFileSync(marker, 'utf8') === hash);
  if (fresh) {
    must(npm, ['ci', '--no-audit', '--no-fund']);
    writeFileSync(marker, hash);
  }
  const packDir = join(scratch, '.pack');
  mkdirSync(packDir, { recursive: true });
  const tarball = must(npm, ['pack', '--silent', '--pack-destination', packDir], root).trim().split('\n').pop();
  must(npm, ['install', '--no-save', '--no-audit', '--no-fund', join(packDir, tarball)]);
  const installed = join(scratch, 'node_modules/@slachtofferhulp/widgets');
  if (!existsSync(join(installed, 'package.json')) || existsSync(join(installed, 'src'))) throw new Error('the packed package is not installed as a copy');
  return `${fresh ? 'npm ci + ' : ''}${tarball} in ${scratch} (${((Date.now() - started) / 1000).toFixed(1)} s)`;
}

let passed = 0;
let failed = 0;
const only = process.argv.slice(2);
try {
  console.log(`consumers: ${checkReadme()}`);
  passed++;
} catch (error) {
  failed++;
  console.error(`consumers: FAIL ${error.message}`);
}
console.log(`consumers: installed ${install()}`);
for (const [name, test] of Object.entries(APPS)) {
  if (only.length && !only.includes(name)) continue;
  const started = Date.now();
  try {
    const notes = await test();
    passed++;
    console.log(`consumers: ok   ${name} (${((Date.now() - started) / 1000).toFixed(1)} s): ${notes.join('; ')}`);
  } catch (error) {
    failed++;
    console.error(`consumers: FAIL ${name} (${((Date.now() - started) / 1000).toFixed(1)} s): ${error.message}`);
  }
}
await browser?.close();
console.log(`consumers: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
