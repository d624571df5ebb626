#!/usr/bin/env node
// The one place where the widgets meet a site's theme: every private --_shn-* default with the chain of
// theme tokens it reads, NL Design System `--basis-*` first (the start and voorbeeld themes and a few
// municipal ones), then the `--utrecht-*` token most municipal themes define (Utrecht, Den Haag, Rotterdam,
// Nijmegen, the Rijkshuisstijl themes…), then the widget's own default. Each element maps its public
// --shn-<element>-* properties onto these privates; no other source file names a --basis-* or --utrecht-*
// token (test/scripts/token-chains.test.mjs checks that).
//
// This script writes the table as CSS, src/base/token-chains.styles.ts, which the base styles include, and
// the few chains only the search box or a status with hours reads to a file beside their on-demand code:
//   node scripts/build/token-chains.mjs           write the file
//   node scripts/build/token-chains.mjs --check   exit 1 when the committed file differs from the table
import { isMain, reportDrift, writeOrCheck } from '../lib/cli.mjs';

export const TOKEN_CHAINS_FILE = 'src/base/token-chains.styles.ts';
/** The chains only the situation list's search box reads (`sheet: 'search'`): they travel with its on-demand code. */
export const SEARCH_TOKEN_CHAINS_FILE = 'src/situation-list/search-token-chains.styles.ts';
/** The chains only a status that shows hours reads (`sheet: 'hours-text'`): they travel with the hours in words. */
export const HOURS_TEXT_TOKEN_CHAINS_FILE = 'src/contact-status/hours-text-token-chains.styles.ts';

/**
 * `name`: the private property (without `--_shn-`). `tokens`: theme tokens, first defined wins. `fallback`:
 * the widget's default (a value, or `var(--_shn-…)`); none means "unset", so the element's own fallback applies.
 * `sheet: 'search'`: only the search box reads it, so it is written to SEARCH_TOKEN_CHAINS_FILE, which comes
 * with the search code (a page without a search box does not download it); `sheet: 'hours-text'` likewise for
 * what only a status that shows hours reads (HOURS_TEXT_TOKEN_CHAINS_FILE).
 * Arial's metrics for the default font: the height a page reserves for a widget holds in every engine
 * (test/dist/engines.test.mjs); a theme's font may change heights, which is the theme's choice.
 */
export const TOKEN_CHAINS = [
  // The document: text, background, font.
  { name: 'font-family', tokens: ['--basis-text-font-family-default', '--utrecht-document-font-family'], fallback: "Arial, 'Liberation Sans', Arimo, Helvetica, sans-serif" },
  { name: 'font-size', tokens: ['--basis-text-font-size-md', '--utrecht-document-font-size'], fallback: 'max(1rem, 16px)' },
  { name: 'font-weight', tokens: ['--basis-text-font-weight-default'], fallback: '400' },
  { name: 'line-height', tokens: ['--basis-text-line-height-md', '--utrecht-document-line-height'], fallback: '1.5' },
  { name: 'color', tokens: ['--basis-color-default-color-document', '--utrecht-document-color'], fallback: '#1a1a1a' },
  { name: 'subtle-color', tokens: ['--basis-color-default-color-subtle'], fallback: '#4a4a4a' },
  { name: 'background-color', tokens: ['--basis-color-default-bg-document', '--utrecht-document-background-color'], fallback: '#fff' },
  { name: 'hover-background-color', tokens: ['--basis-color-default-bg-hover'], fallback: '#eef3f8' },
  // Borders of cards and boxes: decoration (text says what they say), so a theme's light separator is fine.
  { name: 'border-color', tokens: ['--basis-color-default-border-default', '--utrecht-separator-color'], fallback: '#8a8a8a' },
  { name: 'border-radius', tokens: ['--basis-border-radius-md'], fallback: '6px' },
  { name: 'accent-color', tokens: ['--basis-color-accent-1-color-default'], fallback: '#00549f' },
  // Links.
  { name: 'link-color', tokens: ['--basis-color-action-1-color-default', '--utrecht-link-color'], fallback: '#0b5394' },
  { name: 'link-hover-color', tokens: ['--basis-color-action-1-color-hover', '--utrecht-link-hover-color'], fallback: '#073763' },
  // The primary button (the referral card's call to action).
  { name: 'button-background-color', tokens: ['--basis-color-action-1-inverse-bg-default', '--utrecht-button-primary-action-background-color'], fallback: '#0b5394' },
  { name: 'button-color', tokens: ['--basis-color-action-1-inverse-color-default', '--utrecht-button-primary-action-color'], fallback: '#fff' },
  { name: 'button-hover-background-color', tokens: ['--basis-color-action-1-inverse-bg-hover', '--utrecht-button-primary-action-hover-background-color'], fallback: '#073763' },
  { name: 'button-hover-color', tokens: ['--utrecht-button-primary-action-hover-color'] },
  { name: 'button-border-radius', tokens: ['--utrecht-button-border-radius'], fallback: 'var(--_shn-border-radius)' },
  // Keyboard focus. The width is at least 2px whatever the theme says (see the base styles).
  { name: 'focus-outline-color', tokens: ['--basis-focus-outline-color', '--utrecht-focus-outline-color'], fallback: '#000' },
  { name: 'focus-outline-width', tokens: ['--basis-focus-outline-width', '--utrecht-focus-outline-width'], fallback: '3px' },
  { name: 'focus-outline-style', tokens: ['--basis-focus-outline-style', '--utrecht-focus-outline-style'], fallback: 'solid' },
  { name: 'focus-outline-offset', tokens: ['--basis-focus-outline-offset', '--utrecht-focus-outline-offset'], fallback: '2px' },
  { name: 'focus-background-color', tokens: ['--basis-focus-background-color'], fallback: '#ffdd00' },
  // Headings.
  { name: 'heading-font-family', tokens: ['--basis-heading-font-family', '--utrecht-heading-font-family'], fallback: 'var(--_shn-font-family)' },
  { name: 'heading-font-weight', tokens: ['--basis-heading-font-weight', '--utrecht-heading-font-weight'], fallback: '700' },
  { name: 'heading-color', tokens: ['--basis-heading-color', '--utrecht-heading-color'], fallback: 'var(--_shn-color)' },
  // Form controls (the situation list's search box). Its border must reach 3:1, so not the separator colour.
  { name: 'form-control-color', tokens: ['--basis-form-control-color', '--utrecht-form-control-color'], fallback: 'var(--_shn-color)', sheet: 'search' },
  { name: 'form-control-background-color', tokens: ['--basis-form-control-background-color', '--utrecht-form-control-background-color'], fallback: 'var(--_shn-background-color)', sheet: 'search' },
  { name: 'form-control-border-color', tokens: ['--basis-form-control-border-color', '--utrecht-textbox-border-color', '--utrecht-form-control-border-color', '--basis-color-default-border-default'], fallback: '#8a8a8a', sheet: 'search' },
  { name: 'form-control-border-width', tokens: ['--basis-form-control-border-width', '--utrecht-form-control-border-width'], fallback: '2px', sheet: 'search' },
  { name: 'form-control-border-radius', tokens: ['--basis-form-control-border-radius', '--utrecht-form-control-border-radius'], fallback: 'var(--_shn-border-radius)', sheet: 'search' },
  // Feedback colours: the status dot and the emergency notice.
  { name: 'positive-color', tokens: ['--basis-color-positive-color-default'], fallback: '#1a7f37' },
  { name: 'closed-color', tokens: ['--basis-color-default-color-subtle'], fallback: '#6b6b6b', sheet: 'hours-text' },
  { name: 'warning-border-color', tokens: ['--basis-color-warning-border-default'], fallback: '#b35c00', sheet: 'hours-text' },
  { name: 'warning-background-color', tokens: ['--basis-color-warning-bg-subtle'], fallback: '#fff6e5', sheet: 'hours-text' },
  // Space and target size.
  { name: 'space', tokens: ['--basis-space-block-md'], fallback: '12px' },
  { name: 'space-sm', tokens: ['--basis-space-block-sm'], fallback: '8px' },
  { name: 'space-lg', tokens: ['--basis-space-block-lg'], fallback: '16px' },
  { name: 'space-inline', tokens: ['--basis-space-inline-md'], fallback: 'var(--_shn-space)' },
  { name: 'space-inline-lg', tokens: ['--basis-space-inline-lg'], fallback: '16px' },
  { name: 'target-size', tokens: ['--basis-pointer-target-min-block-size'], fallback: '44px' },
];

/** `var(--a, var(--b, fallback))` for one entry. */
export function chainValue({ tokens, fallback }) {
  return tokens.reduceRight((inner, token) => `var(${token}${inner === undefined ? '' : `, ${inner}`})`, fallback);
}

const SHEETS = {
  base: { name: 'tokenChainStyles', what: "the widgets' private defaults" },
  search: { name: 'searchTokenChainStyles', what: "the search box's private defaults (loaded with its code)" },
  'hours-text': { name: 'hoursTextTokenChainStyles', what: 'the private defaults of a status with hours (loaded with them)' },
};

/** The TypeScript module with one sheet's part of the table as CSS (`base`, or `search`), exactly as it should be on disk. */
export function tokenChainsModule(chains = TOKEN_CHAINS, sheet = 'base') {
  const lines = chains.filter((entry) => (entry.sheet ?? 'base') === sheet).map((entry) => `    --_shn-${entry.name}: ${chainValue(entry)};`);
  return `// Generated by scripts/build/token-chains.mjs from its table: do not edit; run "npm run tokens:generate".
import { css } from 'lit';

/**
 * Not an API: ${SHEETS[sheet].what}, each reading a site's theme
 * through NL Design System --basis-* tokens, then the --utrecht-* tokens most municipal themes define, then
 * the widget's own value.
 */
export const ${SHEETS[sheet].name} = css\`
  .base {
${lines.join('\n')}
  }
\`;
`;
}

/** Every generated file with its text. */
export const tokenChainFiles = () => [
  [TOKEN_CHAINS_FILE, tokenChainsModule(TOKEN_CHAINS, 'base')],
  [SEARCH_TOKEN_CHAINS_FILE, tokenChainsModule(TOKEN_CHAINS, 'search')],
  [HOURS_TEXT_TOKEN_CHAINS_FILE, tokenChainsModule(TOKEN_CHAINS, 'hours-text')],
];

if (isMain(import.meta.url)) {
  const { check, drift, written } = writeOrCheck(tokenChainFiles(), { fix: 'npm run tokens:generate' });
  if (check) reportDrift(drift, `${tokenChainFiles().map(([file]) => file).join(', ')} are up to date.`);
  else console.log(`${TOKEN_CHAINS_FILE}: ${TOKEN_CHAINS.length} chains${written.length ? ' (updated)' : ''}.`);
}
