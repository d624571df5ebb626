#!/usr/bin/env node
// Writes stories/generated/css-properties.json: every public --shn-* custom property with its fallback chain,
// read from the styles themselves so the Theming docs page cannot drift from the code.
//   node scripts/docs/cssprops-doc.mjs           write the file (Storybook start and build do this)
//   node scripts/docs/cssprops-doc.mjs --check   exit 1 when the committed file differs from the source
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { collectCssProperties } from './css-properties.mjs';
import { isMain, reportDrift, root, writeOrCheck } from '../lib/cli.mjs';

export const CSS_PROPERTIES_FILE = 'stories/generated/css-properties.json';

function sourceFiles(pattern) {
  return readdirSync(join(root, 'src'), { recursive: true })
    .map((file) => join('src', String(file)).split('\\').join('/'))
    .filter((file) => pattern.test(file))
    .sort()
    .map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }));
}

/** The JSON text the source implies, exactly as it should be on disk. */
export function expectedCssPropertiesJson() {
  const document = collectCssProperties({
    styles: sourceFiles(/styles\.ts$/),
    components: sourceFiles(/\.component\.ts$/),
  });
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** Null when the committed file matches the source, else a sentence saying what to do. */
export function cssPropertiesDrift() {
  const file = join(root, CSS_PROPERTIES_FILE);
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  return current === expectedCssPropertiesJson()
    ? null
    : `${CSS_PROPERTIES_FILE} does not match src/**/*styles.ts: run "npm run stories:generate" and commit the result.`;
}

if (isMain(import.meta.url)) {
  const text = expectedCssPropertiesJson();
  const { check, drift, written } = writeOrCheck([[CSS_PROPERTIES_FILE, text]], { fix: 'npm run stories:generate' });
  if (check) {
    reportDrift(drift, `${CSS_PROPERTIES_FILE} is up to date.`);
  } else {
    const { elements, undocumented, unused } = JSON.parse(text);
    const count = elements.reduce((sum, element) => sum + element.properties.length, 0);
    console.log(`${CSS_PROPERTIES_FILE}: ${count} custom properties${written.length ? ' (updated)' : ''}.`);
    if (undocumented.length) console.warn(`Used in styles but missing an @cssprop: ${undocumented.join(', ')}`);
    if (unused.length) console.warn(`Documented with @cssprop but not used in styles: ${unused.join(', ')}`);
  }
}
