// A small local server for the page benchmark and the upgrade profile: it serves a few generated pages and
// files from the repository, each gzip-compressed (node's zlib, level 6 as a web server compresses on the
// fly), never cached, on 127.0.0.1 only.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/**
 * Serves `pages` (path → HTML string) and the files under `folders` (repository-relative, e.g. 'dist/cdn/').
 * Resolves to { server, origin }.
 */
export function serve({ root, pages = {}, folders = [] }) {
  const allowed = folders.map((folder) => join(root, folder));
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
    let body;
    let type;
    if (path in pages) {
      body = Buffer.from(pages[path], 'utf8');
      type = TYPES['.html'];
    } else {
      const file = normalize(join(root, path));
      if (!allowed.some((folder) => file.startsWith(folder)) || !existsSync(file) || !statSync(file).isFile()) {
        response.writeHead(404).end();
        return;
      }
      body = readFileSync(file);
      type = TYPES[extname(file)] ?? 'application/octet-stream';
    }
    const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    const payload = gzip ? gzipSync(body) : body;
    response.writeHead(200, {
      'content-type': type,
      'content-length': payload.length,
      'cache-control': 'no-store',
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    response.end(payload);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${server.address().port}` })));
}
