// The CDN build's template minifier: what it removes from css`` and what it must keep.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { minifyCss, minifyHtml } from '../../scripts/build/minify-literals.mjs';

describe('minifyCss', () => {
  it('removes comments, also one with an apostrophe in it', () => {
    assert.equal(minifyCss(".a { color: red; }\n/* The browser's default margins would double the card's spacing */\n.b { margin: 0; }"), '.a{color:red}.b{margin:0}');
  });
  it('removes the spaces inside var( ) and around > but keeps those around + (calc needs them)', () => {
    assert.equal(
      minifyCss('.a > .b { inline-size: calc(var( --x, 1px ) + 2px); }\nli + li { gap: 0; }'),
      '.a>.b{inline-size:calc(var(--x,1px) + 2px)}li + li{gap:0}',
    );
  });
  it('keeps quoted strings as they are, with their commas, braces and comment-like text', () => {
    assert.equal(minifyCss(".a::before { content: ', { } /* x */'; }"), ".a::before{content:', { } /* x */'}");
  });
  it('keeps the space before a colon (a descendant pseudo-class)', () => {
    assert.equal(minifyCss('.a :hover { color: red; }'), '.a :hover{color:red}');
  });
});

describe('minifyHtml', () => {
  it('drops the indentation around line breaks, keeps the breaks (as the npm build does, for hydration) and other spaces', () => {
    assert.equal(minifyHtml('<p>\n    a  b\n  </p>'), '<p>\na  b\n</p>');
  });
  it('is idempotent, so the npm and CDN builds fold a template to the same strings', () => {
    const once = minifyHtml('<p>\n    a\n\n  b</p>');
    assert.equal(minifyHtml(once), once);
  });
});
