import { readdirSync, readFileSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { cdnEntryName, integrityPlugin, licensesPlugin, stylesheetsPlugin } from './scripts/build/cdn-plugins.mjs';
import { minifyLiteralsPlugin } from './scripts/build/minify-literals.mjs';

// The CDN build for one <script type="module"> tag. Its input is the npm build that `tsc` wrote to dist/
// just before (scripts/build/build.mjs runs both), so both builds ship the same code and TypeScript runs once.
//
// One rollup build per entry, each define module becoming a file named after its tag (define/index.js
// becomes shn-widgets.js). An entry holds all the code its page needs before its elements render, in one
// file: gzip compresses one file better than the same code split in several (the typical page of issue 11:
// 26.1 KB in nine files, 23.6 KB in one), and the page makes one request. What a page needs only sometimes
// (the opening hours with luxon, the hours in words, the search code, English texts, the words of the card's
// other audiences, a situation's question) is a chunk the entry imports with import(), by a relative URL,
// so the browser resolves it from the entry's own URL and never from a guessed script path; such a chunk
// imports what it shares with the entry from the entry itself.
//
// The price of separate builds: a page that loads two entries loads Lit twice (both register safely, the
// second copy leaves the first's elements alone). The README tells a page with more than one element to
// load shn-widgets.js.
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const defineDir = 'dist/define';
const entries = [
  ...readdirSync(defineDir)
    .filter((file) => file.endsWith('.js'))
    .map((file) => [cdnEntryName(file), `${defineDir}/${file}`]),
  // For server-rendered pages only: shn-widgets.js with the hydration support (src/ssr-client/widgets.ts).
  ['shn-widgets-hydrate', 'dist/ssr-client/widgets.js'],
];

export default entries.map(([name, file], index) => ({
  input: { [name]: file },
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    // Rollup names an automatic chunk after one of its modules, which says little: call those "shared".
    // Code loaded on demand keeps its module's name (search, texts-en, live-hours, hours-text, other-audiences,
    // situation-questions), so a page can tell which it needs; luxon travels inside live-hours, the only
    // code that uses it.
    chunkFileNames: (chunk) => (chunk.isDynamicEntry ? 'chunks/[name]-[hash].js' : 'chunks/shared-[hash].js'),
    banner: (chunk) => (chunk.isEntry ? `/*! ${pkg.name} ${pkg.version} | ${pkg.license} | third-party licences: LICENSES.txt */` : ''),
  },
  // tsc's decorator helper reads `this` at module level, which is undefined in a module: expected.
  onwarn(warning, warn) {
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
  plugins: [
    // Lit's production build (no "development" condition); luxon's ES source rather than its CJS browser build.
    nodeResolve({ browser: false, exportConditions: ['browser', 'import', 'default'] }),
    minifyLiteralsPlugin(),
    terser({ format: { comments: /^!/ }, compress: { passes: 2 }, ecma: 2022, module: true }),
    // Once: the licences, and each element's stylesheet for server HTML (src/ssr/stylesheets.ts).
    ...(index === 0 ? [licensesPlugin(), stylesheetsPlugin()] : []),
    // Every build adds its entry and files to dist/cdn/integrity.json.
    integrityPlugin({ version: pkg.version }),
  ],
}));
