// Server rendering in the CDN folder: the hydration support (in shn-widgets-hydrate.js) is loaded only by server-rendered
// pages, so no other page pays for it; and each element's stylesheet for server HTML is listed with its hash.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ENTRIES, pageFiles } from './cdn.mjs';
import { cdn, kb, readJson } from './context.mjs';

const HYDRATE_ENTRY = 'shn-widgets-hydrate.js';
const TAGS = ['shn-contact-status', 'shn-situation-list', 'shn-referral-card'];
const gzipSize = (file) => gzipSync(readFileSync(join(cdn, file))).length;
// Lit's hydration code throws this message (lit-element only calls the hook, which every page has).
const hasHydrateSupport = (file) => readFileSync(join(cdn, file), 'utf8').includes('Hydration value mismatch');

export async function checkSsr(report) {
  report.section('Server rendering (dist/cdn)');
  const integrity = readJson(join(cdn, 'integrity.json'));
  const ownFiles = pageFiles(HYDRATE_ENTRY, { dynamic: false });
  const added = gzipSize(HYDRATE_ENTRY) - gzipSize('shn-widgets.js');
  report.info(`${HYDRATE_ENTRY}: ${kb(gzipSize(HYDRATE_ENTRY))} gzip, for server-rendered pages only: shn-widgets.js with the hydration support (+${kb(added)})`);
  for (const entry of ENTRIES) {
    const page = pageFiles(entry);
    const carrying = page.filter(hasHydrateSupport);
    report.check(carrying.length === 0 && !page.includes(HYDRATE_ENTRY), `${entry}: the hydration support adds 0 bytes to a page that is not server-rendered`);
  }
  report.check(ownFiles.some(hasHydrateSupport), `${HYDRATE_ENTRY} holds the hydration support`);
  for (const tag of TAGS) {
    const file = integrity.stylesheets?.[tag];
    report.check(file === `${tag}.css` && Boolean(integrity.files[file]), `integrity.json lists ${tag}.css with its hash`);
    if (file) report.info(`  ${file.padEnd(26)} ${kb(readFileSync(join(cdn, file)).length).padStart(9)} ${kb(gzipSize(file)).padStart(9)} gzip, for server HTML only`);
  }
}
