#!/usr/bin/env node
// Checks the built package (run `npm run build` first) and prints its figures: CDN sizes against the
// budgets, the CDN import graph and integrity, tree-shaking, the npm modules and types, the manifest,
// and what `npm pack` would publish. Exits 1 on any failure.
import { checkCdn } from './dist/cdn.mjs';
import { Report } from './dist/context.mjs';
import { checkManifest } from './dist/manifest.mjs';
import { checkNpmModules } from './dist/npm-modules.mjs';
import { checkPack } from './dist/pack.mjs';
import { checkSsr } from './dist/ssr.mjs';
import { checkTreeShaking } from './dist/treeshake.mjs';

const report = new Report();
const checks = [checkNpmModules, checkCdn, checkSsr, checkTreeShaking, checkManifest, checkPack];
for (const check of checks) {
  try {
    await check(report);
  } catch (error) {
    report.fail(`${check.name} crashed: ${error.stack ?? error}`);
  }
}
if (report.failures.length) {
  console.error(`\ncheck-dist: ${report.failures.length} failure(s):\n${report.failures.map((line) => `  - ${line}`).join('\n')}`);
  process.exit(1);
}
console.log('\ncheck-dist: all checks passed');
