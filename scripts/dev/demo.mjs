#!/usr/bin/env node
// Serves the demo site on localhost: the sample pages in demo/, the built files in dist/, the manifest and
// Storybook's static build. Dependency-free static server; `npm start` (scripts/dev/start.mjs) builds first.
//
// One substitution: `<!-- shn-embed entry="shn-widgets.js" base="/dist/cdn/" -->` in a demo page becomes the
// embed snippet's <head> lines with this build's hashes (demo/embed-snippet.js, as the configurator and the
// README give it), since the hashes change with every build.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { headSnippet } from '../../demo/embed-snippet.js';
import { PUBLISHED_THEMES } from '../../demo/published-themes.js';
import { isMain, root } from '../lib/cli.mjs';

const mounts = [
  ['/custom-elements.json', join(root, 'custom-elements.json')],
  ['/dist/', join(root, 'dist')],
  ['/storybook/', join(root, 'storybook-static')],
  ['/', join(root, 'demo')],
];
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** The published themes' stylesheets for the configurator's preview: these files only, not node_modules. */
const THEME_FILES = new Set(PUBLISHED_THEMES.flatMap(({ stylesheets }) => stylesheets));

async function resolveFile(urlPath) {
  if (urlPath.startsWith('/themes/')) {
    const path = decodeURIComponent(urlPath.slice('/themes/'.length));
    return THEME_FILES.has(path) ? join(root, path) : null;
  }
  for (const [prefix, dir] of mounts) {
    if (!urlPath.startsWith(prefix)) continue;
    // A mount without a trailing slash is one file.
    if (!prefix.endsWith('/')) return urlPath === prefix ? stat(dir).then(() => dir, () => null) : null;
    const relative = normalize(decodeURIComponent(urlPath.slice(prefix.length))).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, relative);
    if (!file.startsWith(dir)) return null;
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      await stat(file);
      return file;
    } catch {
      return null;
    }
  }
  return null;
}

/**
 * The demo's own pages are served under a strict Content-Security-Policy, as a careful municipality would
 * send it: no inline script or style, nothing from elsewhere (only the configurator fetches, from here).
 * Storybook's build needs inline scripts, so /storybook/ goes without.
 */
export const DEMO_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const EMBED = /<!-- shn-embed entry="([\w.-]+)" base="([^"]+)" -->/g;

async function fillEmbeds(html) {
  if (!html.includes('<!-- shn-embed ')) return html;
  const integrity = JSON.parse(await readFile(join(root, 'dist', 'cdn', 'integrity.json'), 'utf8'));
  return html.replace(EMBED, (_marker, entry, base) => headSnippet({ base, entry, integrity }).replace(/\n/g, '\n    '));
}

/**
 * `/server-html?tag=…&attributes={…}&base=…`: the element's server HTML (`@slachtofferhulp/widgets/ssr`, from
 * dist/), for the configurator's "HTML only" snippet, which a browser cannot render itself.
 */
async function serverHtml(url, response) {
  try {
    const { renderWidget, SSR_TAGS } = await import(join(root, 'dist', 'ssr', 'index.js'));
    const tag = url.searchParams.get('tag');
    if (!SSR_TAGS.includes(tag)) throw new Error(`unknown tag ${tag}`);
    const attributes = JSON.parse(url.searchParams.get('attributes') ?? '{}');
    const html = await renderWidget(tag, attributes, { stylesheetBase: url.searchParams.get('base') ?? undefined });
    response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end(html);
  } catch (error) {
    response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end(String(error.message ?? error));
  }
}

export function startDemoServer(port = Number(process.env.PORT ?? 8000), host = '127.0.0.1') {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/server-html') return serverHtml(url, response);
    const file = await resolveFile(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    let body;
    try {
      body = await readFile(file);
      if (extname(file) === '.html' && file.startsWith(join(root, 'demo'))) body = await fillEmbeds(body.toString('utf8'));
    } catch (error) {
      response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(`${error.message}\n(run "npm run build" first?)`);
      return;
    }
    const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    if (extname(file) === '.html' && file.startsWith(join(root, 'demo'))) headers['content-security-policy'] = DEMO_CSP;
    response.writeHead(200, headers);
    response.end(body);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolvePromise(server));
  });
}

if (isMain(import.meta.url)) {
  const server = await startDemoServer().catch(async (error) => {
    if (error.code !== 'EADDRINUSE') throw error;
    return startDemoServer(0);
  });
  const { port } = server.address();
  console.log(`Demo running at http://localhost:${port}/  (Ctrl+C stops it)`);
}
