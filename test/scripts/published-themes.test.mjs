// The published themes are listed twice, for two runtimes: stories/support/frame.ts (Storybook's toolbar and
// the browser tests, TypeScript) and demo/published-themes.js (the configurator's preview and the demo
// server, plain JavaScript). They must agree: same ids, classes and stylesheets.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { PUBLISHED_THEMES } from '../../demo/published-themes.js';
import { root } from '../../scripts/lib/cli.mjs';

const frame = readFileSync(join(root, 'stories/support/frame.ts'), 'utf8');

describe('published themes', () => {
  it('Storybook and the configurator list the same themes with the same classes', () => {
    const inFrame = [...frame.matchAll(/\{ id: '([\w-]+)', title: '[^']*', className: '([\w-]*)', family: '\w+', published: true \}/g)].map(
      ([, id, className]) => ({ id, className }),
    );
    assert.deepEqual(inFrame, PUBLISHED_THEMES.map(({ id, className }) => ({ id, className })));
  });

  it('every stylesheet the configurator loads is one the stories and their tests load', () => {
    const start = frame.indexOf('export const THEME_STYLESHEETS');
    const inFrame = [...frame.slice(start).matchAll(/'((?:node_modules|stories)\/[^']+\.css)'/g)].map(([, path]) => path);
    assert.deepEqual(PUBLISHED_THEMES.flatMap(({ stylesheets }) => stylesheets).filter((path) => !inFrame.includes(path)), []);
    assert.equal(PUBLISHED_THEMES.flatMap(({ stylesheets }) => stylesheets).length, 8);
  });
});
