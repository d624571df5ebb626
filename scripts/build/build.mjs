#!/usr/bin/env node
// Builds everything the package ships, from a clean dist/:
//  1. tsc: the npm build — unminified ES modules, one per source file, with .d.ts; lit and luxon stay imports.
//  2. rollup: the CDN build in dist/cdn from those modules (see rollup.config.mjs).
//  3. the custom elements manifest, custom-elements.json (see custom-elements-manifest.config.mjs).
//  4. from it, the framework types (dist/types/) and editor data (see framework-types.mjs).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAst } from 'rollup/parseAst';
import { root } from '../lib/cli.mjs';
import { minifyHtmlLiterals } from './minify-literals.mjs';

const bin = (path) => fileURLToPath(new URL(`../../node_modules/${path}`, import.meta.url));

function run(label, args) {
  const started = Date.now();
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`build: ${label} failed`);
    process.exit(result.status ?? 1);
  }
  console.log(`build: ${label} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * The html`` templates of the npm build get the CDN build's whitespace folding (scripts/build/minify-literals.mjs),
 * so both builds' templates are the same strings and server HTML hydrates with either. Line breaks stay.
 */
function minifyNpmTemplates() {
  const started = Date.now();
  const dist = join(root, 'dist');
  for (const file of readdirSync(dist, { recursive: true })) {
    if (!file.endsWith('.js')) continue;
    const path = join(dist, file);
    const minified = minifyHtmlLiterals(readFileSync(path, 'utf8'), (code) => parseAst(code));
    if (minified !== null) writeFileSync(path, minified);
  }
  console.log(`build: npm templates folded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

rmSync(new URL('../../dist', import.meta.url), { recursive: true, force: true });
rmSync(new URL('../../custom-elements.json', import.meta.url), { force: true });
// Source maps carry their sources inline, since src/ is not published; no declaration maps for the same reason.
run('npm modules (tsc)', [bin('typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--inlineSources', '--declarationMap', 'false']);
minifyNpmTemplates();
run('CDN bundle (rollup)', [bin('rollup/dist/bin/rollup'), '-c', '--silent']);
run('custom-elements.json', [bin('@custom-elements-manifest/analyzer/cem.js'), 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']);
run('framework types and editor data', [fileURLToPath(new URL('./framework-types.mjs', import.meta.url))]);
