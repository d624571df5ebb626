// Dev-server middleware for the host-page fixtures in test/embedding/. It makes the test server behave like
// the servers a municipality's page really meets:
// - the CDN build is served byte for byte as rollup wrote it (no dev-server transforms), as a CDN would;
// - /test/embedding/second-cdn/* is a second copy of that build under another URL (a site that loads the
//   widgets from two CDNs gets two copies of every module);
// - pages under /test/embedding/csp/ are served with a strict Content-Security-Policy header
//   (csp/trusted-types.html also with Trusted Types required);
// - in fixture pages, `<!-- ssr shn-tag {"attribute":"value"} -->` becomes that element's server HTML
//   (`@slachtofferhulp/widgets/ssr` from dist/, its stylesheets from /dist/cdn/), rendered per request;
// - fixture pages get no dev-server web-socket script: it is test plumbing, not part of a host page, and
//   its connection would be a violation of connect-src 'none'.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

/** The policy of issue 6, as one municipality might send it. */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'none'; base-uri 'none'";

/** The same with Trusted Types required for scripts' DOM sinks, allowing only Lit's own policy. */
export const TRUSTED_TYPES_CSP = `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types lit-html`;

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const CDN_DIR = join(ROOT, 'dist', 'cdn');
const MOUNTS = { '/dist/cdn/': CDN_DIR, '/test/embedding/second-cdn/': CDN_DIR };
const TYPES = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.map': 'application/json' };
const INJECTED = /<!-- injected by web-dev-server -->\s*<script[^>]*__web-dev-server__web-socket\.js[^>]*><\/script>/;

function serveVerbatim(ctx, prefix, dir) {
  const file = normalize(join(dir, ctx.path.slice(prefix.length)));
  if (!file.startsWith(dir + '/') || !existsSync(file) || !statSync(file).isFile()) {
    ctx.status = 404;
    ctx.body = `Not found: ${ctx.path} (run "npm run build" first)`;
    return;
  }
  ctx.type = TYPES[extname(file)] ?? 'application/octet-stream';
  ctx.set('Cache-Control', 'no-cache');
  ctx.body = createReadStream(file);
}

async function bodyText(body) {
  if (typeof body === 'string') return body;
  if (Buffer.isBuffer(body)) return body.toString('utf8');
  if (body && typeof body.pipe === 'function') {
    const chunks = [];
    for await (const chunk of body) chunks.push(Buffer.from(chunk));
    return Buffer.concat(chunks).toString('utf8');
  }
  return null;
}

const SSR_MARKER = /<!-- ssr (shn-[a-z-]+) (\{.*?\}) -->/g;

/** The page with each ssr marker replaced by the element's server HTML. */
async function renderServerSide(text) {
  if (!text.includes('<!-- ssr ')) return text;
  const { renderWidget } = await import(join(ROOT, 'dist', 'ssr', 'index.js'));
  const rendered = [];
  for (const [, tag, attributes] of text.matchAll(SSR_MARKER)) rendered.push(await renderWidget(tag, JSON.parse(attributes), { stylesheetBase: '/dist/cdn/' }));
  return text.replace(SSR_MARKER, () => rendered.shift());
}

export function embeddingMiddleware() {
  return async function embedding(ctx, next) {
    const path = ctx.path;
    for (const [prefix, dir] of Object.entries(MOUNTS)) {
      if (path.startsWith(prefix)) return serveVerbatim(ctx, prefix, dir);
    }
    await next();
    if (!path.startsWith('/test/embedding/')) return;
    if (path.startsWith('/test/embedding/csp/')) {
      ctx.set('Content-Security-Policy', path.endsWith('/trusted-types.html') ? TRUSTED_TYPES_CSP : STRICT_CSP);
    }
    if (path.endsWith('.html')) {
      const text = await bodyText(ctx.body);
      if (text !== null) ctx.body = await renderServerSide(text.replace(INJECTED, ''));
    }
  };
}
