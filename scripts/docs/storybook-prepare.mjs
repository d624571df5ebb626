#!/usr/bin/env node
// Runs before `storybook dev` and `storybook build`: writes the two files .storybook/preview.ts imports.
// - custom-elements.json, from the elements' JSDoc (always rewritten: a stale manifest would show stale
//   controls; the analyzer takes about two seconds);
// - stories/generated/css-properties.json, the --shn-* custom properties and their fallback chains;
// and refreshes test/stories/all-stories.ts, the story tests' list of story files.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { root } from '../lib/cli.mjs';

const require = createRequire(import.meta.url);
const analyzer = join(dirname(require.resolve('@custom-elements-manifest/analyzer/package.json')), 'cem.js');

// With the project's analyzer config, exactly as `npm run build` runs it; without one, the plain analysis
// (.storybook/preview.ts then fills in the tag names the config would add).
const config = 'custom-elements-manifest.config.mjs';
const analyzeArgs = existsSync(join(root, config)) ? ['--config', config, '--quiet'] : ['--litelement', '--globs', 'src/**/*.ts'];
execFileSync(process.execPath, [analyzer, 'analyze', ...analyzeArgs], { cwd: root, stdio: 'inherit' });
if (!existsSync(join(root, 'custom-elements.json'))) {
  console.error('The analyzer wrote no custom-elements.json at the repository root; Storybook needs it there.');
  process.exit(1);
}
execFileSync(process.execPath, [join(root, 'scripts/docs/cssprops-doc.mjs')], { cwd: root, stdio: 'inherit' });
execFileSync(process.execPath, [join(root, 'scripts/docs/stories-index.mjs')], { cwd: root, stdio: 'inherit' });
