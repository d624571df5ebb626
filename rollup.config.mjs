import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { cdnEntryName, integrityPlugin, licensesPlugin, stylesheetsPlugin } from './scripts/build/cdn-plugins.mjs';
import { minifyLiteralsPlugin } from './scripts/build/minify-literals.mjs';

// The CDN build for one <script type="module"> tag. Its input is the npm build that `tsc` wrote to dist/
// just before (scripts/build/build.mjs runs both), so both builds ship the same code and TypeScript runs once.
//
// Every define module becomes an entry named after its tag (define/index.js becomes shn-widgets.js).
// Rollup splits the code shared between entries into chunks that the entries import with relative URLs,
// so the browser resolves them from the importing module's own URL (import.meta.url), never from a guessed
// script path. Lit goes into a "core" chunk and luxon into its own, imported only by what shows hours.
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const defineDir = 'dist/define';
const input = {
  ...Object.fromEntries(
    readdirSync(defineDir)
      .filter((file) => file.endsWith('.js'))
      .map((file) => [cdnEntryName(file), `${defineDir}/${file}`]),
  ),
  // Hydration of server-rendered HTML, loaded before an element's file on such pages only (src/ssr-client/).
  'shn-ssr-client': 'dist/ssr-client/index.js',
};

/** Modules a define module reaches through static imports (what its page loads before rendering). */
function staticallyReached(entry, getModuleInfo) {
  const seen = new Set();
  const visit = (id) => {
    if (seen.has(id)) return;
    seen.add(id);
    for (const next of getModuleInfo(id)?.importedIds ?? []) visit(next);
  };
  visit(entry);
  return seen;
}

let listPage;
/**
 * Our modules that <shn-situation-list>'s page needs before it renders: the element, its styles and
 * strings, and what it shares with the others (base styles, warnings, language, links, the Dutch words).
 */
function listPageModules(getModuleInfo) {
  listPage ??= new Set(
    [...staticallyReached(resolve(`${defineDir}/shn-situation-list.js`), getModuleInfo)].filter(
      (id) => !/[\\/]node_modules[\\/]/.test(id) && !/[\\/]define[\\/]/.test(id),
    ),
  );
  return listPage;
}

export default {
  input,
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    // Rollup names an automatic chunk after one of its modules, which says little: call those "shared".
    // Code loaded on demand keeps its module's name (search, texts-en), so a page can tell which it needs.
    chunkFileNames: (chunk) => (['core', 'luxon'].includes(chunk.name) || chunk.isDynamicEntry ? 'chunks/[name]-[hash].js' : 'chunks/shared-[hash].js'),
    banner: (chunk) => (chunk.isEntry ? `/*! ${pkg.name} ${pkg.version} | ${pkg.license} | third-party licences: LICENSES.txt */` : ''),
    manualChunks(id, { getModuleInfo }) {
      if (/[\\/]node_modules[\\/]luxon[\\/]/.test(id)) return 'luxon';
      // Lit's core, which every element needs. Decorators and directives go where rollup puts the code
      // that uses them, so a page does not download those its elements do not use.
      if (/[\\/]node_modules[\\/](lit[\\/]index|lit-html[\\/]lit-html|lit-element[\\/]lit-element|@lit[\\/]reactive-element[\\/](reactive-element|css-tag))\.js$/.test(id)) return 'core';
      // With Lit goes everything the situation list needs, so a list-only page (the one with a 12 KB budget)
      // loads one file besides its 0.2 KB entry. Left to itself rollup makes a chunk per set of elements
      // that share a module, and every file is compressed on its own: the list-only page was 13.7 KB gzip
      // in four files, 13.1 KB in two, 12.5 KB in one (measured before its English texts moved out). The
      // price: a page with only <shn-contact-status> or <shn-referral-card> also loads the list's code and
      // Dutch texts, about 3 KB it does not use. Only modules the list imports statically qualify, so
      // luxon, the search code and the English texts never join.
      if (listPageModules(getModuleInfo).has(id)) return 'core';
      return undefined;
    },
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
    terser({ format: { comments: /^!/ }, compress: { passes: 2 }, ecma: 2021, module: true }),
    licensesPlugin(),
    stylesheetsPlugin(),
    integrityPlugin({ version: pkg.version }),
  ],
};
