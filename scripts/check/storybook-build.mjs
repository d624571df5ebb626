#!/usr/bin/env node
// Proves the static Storybook (storybook-static/) really works, in headless Chromium:
// - every story renders its widgets: each shn-* element defined, with a shadow root showing text (a bundler
//   that drops the define imports, e.g. through a `sideEffects` field, leaves empty unknown elements);
// - the language toolbar reaches the story (lang on the frame), and no story throws;
// - every element's docs page lists its attributes, events, slots, parts and custom properties;
// - the Theming page lists every --shn-* property of stories/generated/css-properties.json.
// Run by `npm run build-storybook` after the build; exits 1 with a list of problems.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumExecutable } from '../test/browsers.mjs';
import { root } from '../lib/cli.mjs';

const staticDir = join(root, 'storybook-static');
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.png': 'image/png' };

function serve() {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(staticDir, path);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(await readFile(file));
    } catch {
      response.writeHead(404).end('Not found');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Runs in the page: the widgets under the story root, nested ones included, and what is wrong with them. */
function inspectStory() {
  const deep = (node) => [...node.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? deep(el.shadowRoot) : [])]);
  const rootElement = document.querySelector('#storybook-root');
  if (!rootElement) return { ready: false, problems: ['no #storybook-root'] };
  const widgets = deep(rootElement).filter((el) => el.localName.startsWith('shn-'));
  const problems = widgets.flatMap((el) => {
    if (!customElements.get(el.localName)) return [`<${el.localName}> is not defined`];
    if (!(el.shadowRoot?.textContent ?? '').trim()) return [`<${el.localName}> shows no text`];
    return [];
  });
  if (widgets.length === 0) problems.push('no shn-* element rendered');
  const frame = rootElement.querySelector('[data-shn-story-frame]');
  return { ready: widgets.length > 0 && problems.length === 0, problems, lang: frame?.getAttribute('lang') ?? null };
}

const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8'));
const entries = Object.values(index.entries);
const stories = entries.filter((entry) => entry.type === 'story');
const elementDocs = entries.filter((entry) => entry.type === 'docs' && entry.title.startsWith('Widgets/'));
const themingDocs = entries.find((entry) => entry.type === 'docs' && entry.title.startsWith('Theming/'));
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const cssProperties = JSON.parse(readFileSync(join(root, 'stories/generated/css-properties.json'), 'utf8'));

const server = await serve();
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: chromiumExecutable(), args: chromiumArgs, headless: true });
const problems = [];
const started = Date.now();

/** Evaluates `inspect` in the page until `done(result)` or 15 s; the page may still be navigating at first. */
async function poll(page, inspect, done, ...args) {
  const until = Date.now() + 15000;
  let result = { problems: ['the page did not load'] };
  while (Date.now() < until) {
    try {
      result = await page.evaluate(inspect, ...args);
      if (done(result)) return result;
    } catch {
      // The execution context was replaced (Storybook starting up): try again.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return result;
}

/** What an element's docs page must list: the categories its manifest entry has, and a property name. */
function expectedDocs(tagName) {
  const declaration = manifest.modules.flatMap((module) => module.declarations ?? []).find(
    (d) => d.tagName === tagName || (d.customElement && d.name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase() === tagName),
  );
  if (!declaration) return [`${tagName} in custom-elements.json`];
  const words = ['attributes'];
  if (declaration.events?.length) words.push('events', declaration.events[0].name);
  if (declaration.slots?.length) words.push('slots');
  if (declaration.cssParts?.length) words.push('css shadow parts', `::part(${declaration.cssParts[0].name})`);
  if (declaration.cssProperties?.length) words.push('css custom properties', declaration.cssProperties[0].name);
  return words.map((word) => word.toLowerCase());
}

async function open(url) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error.message ?? error)));
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors };
}

try {
  // Every story once in Dutch; the language switch once per element (the story tests cover both languages).
  const firstOfEach = stories.filter((story, i) => stories.findIndex((other) => other.title === story.title) === i);
  const visits = [...stories.map((story) => ({ story, lang: 'nl' })), ...firstOfEach.map((story) => ({ story, lang: 'en' }))];
  // Two pages at a time: each loads the whole Storybook preview.
  const workers = Array.from({ length: 2 }, async () => {
    for (let visit = visits.shift(); visit; visit = visits.shift()) {
      const { story, lang } = visit;
      const { page, errors } = await open(`${base}/iframe.html?id=${story.id}&viewMode=story&globals=lang:${lang}`);
      const result = await poll(page, inspectStory, (found) => found.ready);
      const where = `${story.id} (${lang})`;
      problems.push(...result.problems.map((problem) => `${where}: ${problem}`));
      if (result.lang !== lang) problems.push(`${where}: the frame has lang="${result.lang}", not "${lang}"`);
      problems.push(...errors.map((error) => `${where}: page error: ${error}`));
      await page.close();
    }
  });
  await Promise.all(workers);

  for (const docs of elementDocs) {
    const { page, errors } = await open(`${base}/iframe.html?id=${docs.id}&viewMode=docs`);
    const tagName = `shn-${docs.title.replace(/^Widgets\//, '').toLowerCase().replace(/\s+/g, '-')}`;
    const expected = expectedDocs(tagName);
    const text = (await poll(page, () => document.body.innerText.toLowerCase(), (t) => expected.every((word) => t.includes(word)))) ?? '';
    const missing = expected.filter((word) => typeof text !== 'string' || !text.includes(word));
    if (missing.length > 0) problems.push(`${docs.id}: the docs page lacks ${missing.join(', ')}`);
    problems.push(...errors.map((error) => `${docs.id}: page error: ${error}`));
    await page.close();
  }

  if (!themingDocs) problems.push('no Theming docs page in the build');
  else {
    const { page, errors } = await open(`${base}/iframe.html?id=${themingDocs.id}&viewMode=docs`);
    const names = cssProperties.elements.flatMap(({ properties }) => properties.map(({ name }) => name));
    const text = await poll(page, () => document.body.innerText, (t) => names.every((name) => t.includes(name)));
    const missing = names.filter((name) => typeof text !== 'string' || !text.includes(name));
    if (missing.length > 0) problems.push(`${themingDocs.id}: missing ${missing.join(', ')}`);
    problems.push(...errors.map((error) => `${themingDocs.id}: page error: ${error}`));
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (problems.length > 0) {
  console.error(`storybook-static: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `storybook-static: ${stories.length} stories render their widgets, the language switch works, ${elementDocs.length} element docs pages and the Theming page are complete (${seconds} s).`,
);
