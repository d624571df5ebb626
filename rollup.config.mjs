import { readdirSync, readFileSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { cdnEntryName, integrityPlugin, licensesPlugin } from './scripts/build/cdn-plugins.mjs';
import { minifyLiteralsPlugin } from './scripts/build/minify-literals.mjs';

// The CDN build for one <script type="module"> tag. Its input is the npm build that `tsc` wrote to dist/
// just before (scripts/build.mjs runs both), so both builds ship the same code and TypeScript runs once.
//
// Every define module becomes an entry named after its tag (define/index.js becomes shn-widgets.js).
// Rollup splits the code shared between entries into chunks that the entries import with relative URLs,
// so the browser resolves them from the importing module's own URL (import.meta.url), never from a guessed
// script path. Lit and luxon get their own named chunks: luxon is imported only by what shows hours.
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const defineDir = 'dist/define';
const input = Object.fromEntries(
  readdirSync(defineDir)
    .filter((file) => file.endsWith('.js'))
    .map((file) => [cdnEntryName(file), `${defineDir}/${file}`]),
);

export default {
  input,
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    // Rollup names an automatic chunk after one of its modules, which says little: call those "shared".
    chunkFileNames: (chunk) => (['lit', 'luxon'].includes(chunk.name) ? 'chunks/[name]-[hash].js' : 'chunks/shared-[hash].js'),
    banner: (chunk) => (chunk.isEntry ? `/*! ${pkg.name} ${pkg.version} | ${pkg.license} | third-party licences: LICENSES.txt */` : ''),
    manualChunks(id) {
      // Only Lit's core, which every element needs. Decorators and directives go where rollup puts the code
      // that uses them, so a page does not download those its elements do not use.
      if (/[\\/]node_modules[\\/](lit[\\/]index|lit-html[\\/]lit-html|lit-element[\\/]lit-element|@lit[\\/]reactive-element[\\/](reactive-element|css-tag))\.js$/.test(id)) return 'lit';
      if (/[\\/]node_modules[\\/]luxon[\\/]/.test(id)) return 'luxon';
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
    integrityPlugin({ version: pkg.version }),
  ],
};
