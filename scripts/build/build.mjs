#!/usr/bin/env node
// Builds everything the package ships, from a clean dist/:
//  1. tsc: the npm build — unminified ES modules, one per source file, with .d.ts; lit and luxon stay imports.
//  2. rollup: the CDN build in dist/cdn from those modules (see rollup.config.mjs).
//  3. the custom elements manifest, custom-elements.json (see custom-elements-manifest.config.mjs).
//  4. from it, the framework types (dist/types/) and editor data (see framework-types.mjs).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { root } from '../lib/cli.mjs';

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

rmSync(new URL('../../dist', import.meta.url), { recursive: true, force: true });
rmSync(new URL('../../custom-elements.json', import.meta.url), { force: true });
// Source maps carry their sources inline, since src/ is not published; no declaration maps for the same reason.
run('npm modules (tsc)', [bin('typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--inlineSources', '--declarationMap', 'false']);
run('CDN bundle (rollup)', [bin('rollup/dist/bin/rollup'), '-c', '--silent']);
run('custom-elements.json', [bin('@custom-elements-manifest/analyzer/cem.js'), 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']);
run('framework types and editor data', [fileURLToPath(new URL('./framework-types.mjs', import.meta.url))]);
