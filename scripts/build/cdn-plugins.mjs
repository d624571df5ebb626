// Rollup plugins for the CDN build: entry names, the integrity manifest and the third-party licences.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** dist/define/index.js becomes shn-widgets.js; dist/define/shn-x.js keeps its tag name. */
export function cdnEntryName(defineFile) {
  const name = defineFile.replace(/\.js$/, '');
  return name === 'index' ? 'shn-widgets' : name;
}

export function sri(content) {
  return `sha384-${createHash('sha384').update(content).digest('base64')}`;
}

/** Every chunk an entry imports statically, directly or not, in load order (deepest first). */
function staticImports(bundle, fileName, seen = new Set()) {
  for (const imported of bundle[fileName]?.imports ?? []) {
    if (seen.has(imported)) continue;
    staticImports(bundle, imported, seen);
    seen.add(imported);
  }
  return seen;
}

/**
 * The code an entry may load later with import(), by purpose: for each chunk it can import on demand (named
 * after its module: `search` for a searchable list, `texts-en` for English), that chunk and
 * what it imports that `loaded` does not hold yet, in load order.
 */
function onDemandImports(bundle, loaded) {
  const groups = {};
  const visit = (fileName) => {
    for (const imported of bundle[fileName]?.dynamicImports ?? []) {
      const name = bundle[imported].name;
      if (loaded.has(imported) || groups[name]) continue;
      groups[name] = [...staticImports(bundle, imported)].filter((dependency) => !loaded.has(dependency)).concat(imported);
      visit(imported);
    }
  };
  for (const fileName of loaded) visit(fileName);
  return groups;
}

/**
 * Writes integrity.json: a sha384 for every file (for `integrity` attributes) and, per entry, the chunks it
 * imports, so a page can preload each chunk with its own `integrity` (an entry's hash covers only itself).
 * `imports`: what the entry always loads. `onDemand`: what it loads with import() only when a page needs
 * it, by purpose (`search`: a situation list with `searchable`; `texts-en`: English texts; `other-audiences`:
 * the card's helper, professional and municipality texts; `live-hours`: a status that shows opening hours). A page preloads a group only if it needs it: a chunk it never needs is
 * never fetched, and one it needs but did not preload would be fetched unchecked. `stylesheets`: each
 * element's stylesheet for server-rendered HTML, by tag.
 *
 * Each entry is a build of its own (rollup.config.mjs), so each build adds its files and its entry to the
 * file the builds before it wrote (scripts/build/build.mjs starts from an empty dist/).
 */
export function integrityPlugin({ version }) {
  return {
    name: 'shn-integrity',
    writeBundle(options, bundle) {
      const path = join(options.dir, 'integrity.json');
      const manifest = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : { version, algorithm: 'sha384', files: {}, entries: {} };
      for (const [fileName, item] of Object.entries(bundle)) {
        manifest.files[fileName] = sri(item.type === 'chunk' ? item.code : item.source);
        if (item.type === 'chunk' && item.isEntry) {
          const loaded = staticImports(bundle, fileName);
          manifest.entries[fileName] = { imports: [...loaded], onDemand: onDemandImports(bundle, new Set([fileName, ...loaded])) };
        }
      }
      manifest.files = Object.fromEntries(Object.entries(manifest.files).sort(([a], [b]) => a.localeCompare(b)));
      // The stylesheets for server-rendered HTML, by tag (see stylesheetsPlugin).
      manifest.stylesheets = Object.fromEntries(
        Object.keys(manifest.files)
          .filter((fileName) => /^shn-[\w-]+\.css$/.test(fileName))
          .map((fileName) => [fileName.replace(/\.css$/, ''), fileName]),
      );
      writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
    },
  };
}

/**
 * One stylesheet per element (`shn-contact-status.css`, …) for the shadow roots of server-rendered HTML
 * (src/ssr/): generated from the elements' own Lit styles in the npm build that tsc just wrote, by the same
 * function a server render hashes for the link's `integrity`. Emitted before integrity.json is written, so
 * it lists them with their hashes.
 */
export function stylesheetsPlugin() {
  return {
    name: 'shn-stylesheets',
    async generateBundle() {
      const { SSR_TAGS, stylesheetText } = await import(new URL('../../dist/ssr/stylesheets.js', import.meta.url).href);
      for (const tag of SSR_TAGS) this.emitFile({ type: 'asset', fileName: `${tag}.css`, source: stylesheetText(tag) });
    },
  };
}

/** The minified files drop licence comments, so the licences travel beside them in LICENSES.txt. */
export function licensesPlugin() {
  const licenceOf = (pkgName, file) => readFileSync(new URL(`../../node_modules/${pkgName}/${file}`, import.meta.url), 'utf8').trim();
  return {
    name: 'shn-licenses',
    buildStart() {
      const own = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
      const sections = [
        `${own.name} ${own.version}: ${own.license}. Full text: LICENSE in the npm package or the source repository.`,
        `This folder also contains code from these packages:`,
        `lit, lit-html, lit-element, @lit/reactive-element (BSD-3-Clause)\n\n${licenceOf('lit', 'LICENSE')}`,
        `luxon (MIT)\n\n${licenceOf('luxon', 'LICENSE.md')}`,
      ];
      this.emitFile({ type: 'asset', fileName: 'LICENSES.txt', source: `${sections.join('\n\n----\n\n')}\n` });
    },
  };
}
