// The React wrappers (@slachtofferhulp/widgets/react), from the built package: rendered with React 19 in
// Chromium, with typed props reaching the elements and events reaching the on… callbacks; every event
// in custom-elements.json has its callback prop; and server rendering writes every attribute.
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'vite';
import { root, startSite, waitForUpgrade, watchProblems } from './support/browser.mjs';

const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const elements = manifest.modules.flatMap((mod) => mod.declarations ?? []).filter((declaration) => declaration.tagName);
const pascal = (name) => name.replace(/(^|-)(\w)/g, (_match, _dash, letter) => letter.toUpperCase());

let site;
let page;
let problems;

/** Bundles the fixture app with React, mapping its import of src/react to the built dist/react. */
async function bundleApp() {
  const outDir = join(root, '.cache', 'react-app');
  mkdirSync(outDir, { recursive: true });
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    define: { 'process.env.NODE_ENV': '"production"' },
    resolve: { alias: [{ find: /^.*\/src\/react\/index\.js$/, replacement: join(root, 'dist/react/index.js') }] },
    build: {
      write: false,
      minify: false,
      lib: { entry: join(root, 'test/dist/fixtures/react-app.ts'), formats: ['es'], fileName: 'react-app' },
      // One file: the test serves only the entry (the list's on-demand search chunk would be split off).
      rollupOptions: { output: { codeSplitting: false } },
    },
  });
  const output = (Array.isArray(result) ? result[0] : result).output;
  const chunk = output.find((item) => item.type === 'chunk' && item.isEntry);
  assert.ok(Object.keys(chunk.modules).some((id) => id.includes('/dist/react/index.js')), 'the app uses the built dist/react');
  return chunk.code;
}

before(async () => {
  const app = await bundleApp();
  site = await startSite();
  page = await site.browser.newPage();
  problems = watchProblems(page);
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path === '/react.html') {
      return request.respond({ status: 200, contentType: 'text/html', body: '<!doctype html><html lang="nl"><body><div id="app"></div><script type="module" src="/react-app.js"></script></body></html>' });
    }
    if (path === '/react-app.js') return request.respond({ status: 200, contentType: 'text/javascript', body: app });
    return request.continue();
  });
  await page.goto(`${site.origin}/react.html`);
  await page.waitForFunction(() => window.shnReact);
});
after(() => site?.close());

describe('React wrappers (@slachtofferhulp/widgets/react)', () => {
  it('renders <shn-contact-status> with props as properties, and onShnStatusChange receives the flip', async () => {
    await page.evaluate(() => window.shnReact.render('status-open'));
    await waitForUpgrade(page, ['shn-contact-status']);
    assert.equal(await page.$eval('shn-contact-status', (element) => element.getAttribute('state')), 'open');
    assert.equal(await page.$eval('shn-contact-status', (element) => element.audience), 'professional');
    await page.evaluate(() => window.shnReact.render('status-closed'));
    await page.waitForFunction(() => window.shnReact.events.length > 0);
    assert.deepEqual(await page.evaluate(() => window.shnReact.events), [{ name: 'shn-status-change', detail: { open: false } }]);
    assert.equal(await page.$eval('shn-contact-status', (element) => element.getAttribute('state')), 'closed');
  });

  it('renders <shn-situation-list>, and onShnSituationSelect receives the choice', async () => {
    await page.evaluate(() => {
      window.shnReact.events.length = 0;
      window.shnReact.render('list');
    });
    await waitForUpgrade(page, ['shn-situation-list']);
    await page.evaluate(() => document.querySelector('shn-situation-list').shadowRoot.querySelector('a[href]').click());
    const [event] = await page.evaluate(() => window.shnReact.events);
    assert.equal(event.name, 'shn-situation-select');
    assert.equal(event.detail.id, 'fraud');
    assert.match(event.detail.url, /^https:\/\/www\.slachtofferhulp\.nl\//);
  });

  it('renders <shn-referral-card>', async () => {
    await page.evaluate(() => window.shnReact.render('card'));
    await waitForUpgrade(page, ['shn-referral-card']);
    const text = await page.$eval('shn-referral-card', (element) => element.shadowRoot.textContent);
    assert.ok(text.trim().length > 20);
  });

  it('has a wrapper for every element and an on… prop for every event in custom-elements.json', async () => {
    const wrappers = await page.evaluate(() => window.shnReact.wrappers);
    assert.deepEqual(wrappers.sort(), elements.map((element) => element.tagName).sort());
    const events = elements.flatMap((element) => (element.events ?? []).map((event) => [element.tagName, `on${pascal(event.name)}`, event.name]));
    assert.ok(events.length >= 2, 'the manifest lists the elements\' events');
    for (const [tag, prop, eventName] of events) {
      const called = await page.evaluate((...args) => window.shnReact.renderWithHandler(...args), tag, prop, eventName);
      assert.equal(called, true, `<${tag}>: ${prop} receives ${eventName}`);
    }
    assert.deepEqual(problems, []);
  });
});

describe('React wrappers on the server (Next.js, renderToString)', () => {
  it('every module starts with \'use client\'', () => {
    const modules = readdirSync(join(root, 'dist/react')).filter((name) => name.endsWith('.js'));
    assert.ok(modules.length >= 4);
    for (const name of modules) assert.match(readFileSync(join(root, 'dist/react', name), 'utf8'), /^'use client';/, name);
  });

  it('writes every attribute of custom-elements.json into the HTML, under its own name', async () => {
    const { renderToString } = await import('react-dom/server');
    const { createElement } = await import('react');
    const wrappers = await import(join(root, 'dist/react/index.js'));
    for (const element of elements) {
      const readonly = new Set((element.members ?? []).filter((member) => member.readonly).map((member) => member.name));
      const attributes = element.attributes.filter((attribute) => !readonly.has(attribute.fieldName));
      const sample = (type) => (type === 'boolean' ? true : /^'([^']+)'/.exec(type.split(' | ').find((part) => part.startsWith("'") && part !== "''") ?? '')?.[1] ?? 'x');
      const props = Object.fromEntries(attributes.map((attribute) => [attribute.fieldName, sample(attribute.type.text)]));
      const html = renderToString(createElement(wrappers[pascal(element.tagName)], props));
      for (const attribute of attributes) {
        const value = props[attribute.fieldName];
        assert.ok(html.includes(` ${attribute.name}="${value === true ? '' : value}"`), `<${element.tagName}> ${attribute.fieldName} → ${attribute.name}: ${html}`);
      }
      assert.doesNotMatch(renderToString(createElement(wrappers[pascal(element.tagName)], { compact: false, searchable: false })), /compact|searchable/);
    }
  });
});
