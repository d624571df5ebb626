#!/usr/bin/env node
// `npm start`: builds the package (and Storybook, when the project has a build-storybook script), then serves
// the demo site on localhost and prints its URL. `npm start -- --no-storybook` skips the Storybook build.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startDemoServer } from './demo.mjs';
import { root } from '../lib/cli.mjs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const build = spawnSync(process.execPath, [fileURLToPath(new URL('../build/build.mjs', import.meta.url))], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const { scripts = {} } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
let storybook = false;
if (scripts['build-storybook'] && !process.argv.includes('--no-storybook')) {
  console.log('Building Storybook (npm run build-storybook)…');
  const result = spawnSync(npm, ['run', 'build-storybook', '--silent'], { cwd: root, stdio: 'inherit' });
  storybook = result.status === 0;
  // The demo is still useful without the stories: say so and go on.
  if (!storybook) console.warn('Storybook did not build; the demo runs without /storybook/.');
}

const server = await startDemoServer().catch((error) => {
  if (error.code !== 'EADDRINUSE') throw error;
  return startDemoServer(0);
});
const url = `http://localhost:${server.address().port}/`;
console.log(`\nDemo running at ${url}  (Ctrl+C stops it)`);
console.log(`  ${url}gemeente-voorbeeld.html   sample municipal page`);
console.log(`  ${url}configurator.html         embed configurator`);
if (storybook) console.log(`  ${url}storybook/                stories`);
