#!/usr/bin/env node
// Writes the README's attribute and event reference from custom-elements.json (run `npm run build` first),
// between <!-- reference:start --> and <!-- reference:end -->.
//   node scripts/docs/readme-reference.mjs           rewrite the README section
//   node scripts/docs/readme-reference.mjs --check   exit 1 when the README differs from the manifest
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isMain, reportDrift, writeOrCheck } from '../lib/cli.mjs';

const README = fileURLToPath(new URL('../../README.md', import.meta.url));
const MANIFEST = fileURLToPath(new URL('../../custom-elements.json', import.meta.url));
const START = '<!-- reference:start -->';
const END = '<!-- reference:end -->';

const cell = (text = '') => String(text).replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text = '') => (text ? `\`${String(text).replace(/\|/g, '\\|')}\`` : '');

function table(headers, rows) {
  if (rows.length === 0) return '';
  return [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

export function referenceMarkdown(manifest) {
  const elements = manifest.modules
    .flatMap((mod) => mod.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  const sections = ['_Generated from `custom-elements.json` by `npm run docs:readme`; do not edit by hand._'];
  for (const element of elements) {
    const parts = [`### \`<${element.tagName}>\``, element.summary ?? element.description ?? ''];
    const attributes = table(
      ['attribute', 'property', 'values', 'description'],
      (element.attributes ?? []).map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), cell(a.description)]),
    );
    if (attributes) parts.push('**Attributes**', attributes);
    const fields = new Set((element.attributes ?? []).map((a) => a.fieldName));
    const properties = table(
      ['property', 'type', 'description'],
      (element.members ?? [])
        .filter((m) => m.kind === 'field' && !m.static && !m.attribute && !fields.has(m.name) && (m.privacy ?? 'public') === 'public')
        .map((m) => [code(m.name), code(m.type?.text), cell(m.description)]),
    );
    if (properties) parts.push('**Properties without an attribute** (JavaScript only)', properties);
    const events = table(['event', 'React prop', 'type', 'description'], (element.events ?? []).map((e) => [
      code(e.name),
      code(`on${e.name.replace(/(^|-)(\w)/g, (_m, _d, letter) => letter.toUpperCase())}`),
      code(e.type?.text),
      cell(e.description),
    ]));
    parts.push('**Events**', events || 'None.');
    const slots = table(['slot', 'description'], (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]));
    if (slots) parts.push('**Slots**', slots);
    const cssParts = table(['part', 'description'], (element.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]));
    if (cssParts) parts.push('**CSS parts** (`::part(…)`)', cssParts);
    const cssProperties = table(['custom property', 'description'], (element.cssProperties ?? []).map((p) => [code(p.name), cell(p.description)]));
    if (cssProperties) parts.push('**Theming variables** (CSS custom properties)', cssProperties);
    sections.push(parts.filter(Boolean).join('\n\n'));
  }
  return sections.join('\n\n');
}

/** The README with the reference section replaced; throws when the markers are missing. */
export function readmeWithReference(readme, manifest) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md needs the markers ${START} and ${END}`);
  return `${readme.slice(0, start + START.length)}\n${referenceMarkdown(manifest)}\n${readme.slice(end)}`;
}

if (isMain(import.meta.url)) {
  const next = readmeWithReference(readFileSync(README, 'utf8'), JSON.parse(readFileSync(MANIFEST, 'utf8')));
  const { check, drift } = writeOrCheck([['README.md', next]], { fix: 'npm run docs:readme' });
  if (check) reportDrift(drift, 'README.md reference matches custom-elements.json');
  else console.log('README.md reference written from custom-elements.json');
}
