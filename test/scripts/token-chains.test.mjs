// The theme chains live in one table (scripts/build/token-chains.mjs): the generated stylesheet matches it,
// and no other source file names an NL Design System token, so each token is written once.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { TOKEN_CHAINS, chainValue, tokenChainFiles } from '../../scripts/build/token-chains.mjs';

const GENERATED = tokenChainFiles().map(([file]) => file);
import { root } from '../../scripts/lib/cli.mjs';

const sources = readdirSync(join(root, 'src'), { recursive: true })
  .map((file) => join('src', String(file)).split('\\').join('/'))
  .filter((file) => /\.ts$/.test(file));

describe('scripts/build/token-chains.mjs', () => {
  it(`${GENERATED.join(', ')} are what the table generates (else: npm run tokens:generate)`, () => {
    for (const [file, text] of tokenChainFiles()) assert.equal(readFileSync(join(root, file), 'utf8'), text, file);
  });

  it('every chain is in exactly one generated file', () => {
    const written = tokenChainFiles().map(([, text]) => text).join('\n');
    for (const { name } of TOKEN_CHAINS) assert.equal(written.split(`--_shn-${name}:`).length - 1, 1, name);
  });

  it('writes a chain as nested var()s, first token first, the default last; none leaves it unset', () => {
    assert.equal(chainValue({ tokens: ['--basis-a', '--utrecht-b'], fallback: '#fff' }), 'var(--basis-a, var(--utrecht-b, #fff))');
    assert.equal(chainValue({ tokens: ['--utrecht-b'] }), 'var(--utrecht-b)');
  });

  it('every private is defined once, and --basis-* comes before --utrecht-* in each chain', () => {
    const names = TOKEN_CHAINS.map(({ name }) => name);
    assert.deepEqual(names.filter((name, index) => names.indexOf(name) !== index), []);
    for (const { name, tokens } of TOKEN_CHAINS) {
      const firstUtrecht = tokens.findIndex((token) => token.startsWith('--utrecht-'));
      const lastBasis = tokens.findLastIndex((token) => token.startsWith('--basis-'));
      // The form control border ends in the generic border token, after the utrecht ones: a deliberate last step.
      if (name !== 'form-control-border-color') assert.ok(firstUtrecht === -1 || lastBasis < firstUtrecht, name);
    }
  });

  it('no source file but the generated ones names a --basis-* or --utrecht-* token', () => {
    const offenders = sources
      .filter((file) => !GENERATED.includes(file))
      .flatMap((file) =>
        [...readFileSync(join(root, file), 'utf8').matchAll(/--(?:basis|utrecht)-[\w-]+/g)].map((match) => `${file}: ${match[0]}`),
      );
    assert.deepEqual(offenders, []);
  });
});

describe('the Amsterdam mapping', () => {
  it('the README quotes stories/themes/amsterdam.css, the file the theme tests load, rule for rule', () => {
    const css = readFileSync(join(root, 'stories/themes/amsterdam.css'), 'utf8');
    const rule = css.slice(css.indexOf('.ams-theme')).trim();
    assert.ok(readFileSync(join(root, 'README.md'), 'utf8').includes(`\`\`\`css\n${rule}\n\`\`\``));
  });

  it('maps only tokens the widgets read, each once', () => {
    const css = readFileSync(join(root, 'stories/themes/amsterdam.css'), 'utf8');
    const mapped = [...css.matchAll(/^\s*(--basis-[\w-]+):/gm)].map((match) => match[1]);
    const read = new Set(TOKEN_CHAINS.flatMap(({ tokens }) => tokens));
    assert.deepEqual(mapped.filter((token) => !read.has(token)), []);
    assert.deepEqual(mapped.filter((token, index) => mapped.indexOf(token) !== index), []);
    assert.ok(mapped.length >= 15);
  });
});
