// The npm build: every export exists with its types, imports stay within declared dependencies (no tslib,
// no stray packages), .d.ts files name only packages a consumer has, code is not minified, and "." registers
// nothing.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dist, importSpecifiers, listFiles, pkg, root } from './context.mjs';

const bareName = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

/** Packages each folder of dist/ may import (and name in its types). */
function allowedPackages(file, manifest) {
  const declared = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})]);
  const base = ['lit', 'luxon'];
  const react = file.startsWith('react/') ? ['react'] : [];
  // Server rendering runs in Node (its own peer dependency); hydration needs Lit's client support.
  const ssr = file.startsWith('ssr/') ? ['@lit-labs/ssr', '@lit-labs/ssr-client'] : [];
  const ssrClient = file.startsWith('ssr-client/') ? ['@lit-labs/ssr-client'] : [];
  const node = file.startsWith('ssr/') ? ['node:crypto', 'node'] : [];
  // types/vue.d.ts is imported only by an app that has Vue, and so on: those frameworks are not peer
  // dependencies (an optional peer still fails an install that has another major version, Vue 2 say).
  const framework = FRAMEWORK_TYPES[/^types\/(\w+)\.d\.ts$/.exec(file)?.[1]] ?? [];
  return new Set([...[...base, ...react, ...ssr, ...ssrClient].filter((name) => declared.has(name)), ...framework, ...node]);
}

const FRAMEWORK_TYPES = { react: ['react'], preact: ['preact'], solid: ['solid-js'], vue: ['vue'], svelte: ['svelte'] };

function typeSpecifiers(code) {
  const specifiers = new Set(importSpecifiers(code));
  for (const match of code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) specifiers.add(match[1]);
  for (const match of code.matchAll(/\/\/\/\s*<reference\s+types=["']([^"']+)["']/g)) specifiers.add(match[1]);
  return [...specifiers];
}

export function checkNpmModules(report) {
  report.section('npm modules (dist/, ESM, unminified)');
  const manifest = pkg();
  const files = listFiles(dist).filter((file) => !file.startsWith('cdn/'));

  const missing = [];
  for (const [entry, target] of Object.entries(manifest.exports)) {
    const targets = typeof target === 'string' ? [target] : Object.values(target);
    for (const path of targets) if (!existsSync(join(root, path))) missing.push(`${entry} → ${path}`);
    if (typeof target === 'object' && !target.types) missing.push(`${entry} has no "types"`);
  }
  report.check(missing.length === 0, `every export of package.json exists, with types (${Object.keys(manifest.exports).length} entries)${missing.length ? `: ${missing.join('; ')}` : ''}`);

  report.check(!files.some((file) => file.startsWith('node_modules/')), 'no dist/node_modules (no bundled tslib)');
  const js = files.filter((file) => file.endsWith('.js'));
  const dts = files.filter((file) => file.endsWith('.d.ts'));
  const problems = [];
  for (const file of js) {
    const code = readFileSync(join(dist, file), 'utf8');
    const allowed = allowedPackages(file, manifest);
    for (const specifier of importSpecifiers(code)) {
      if (specifier.startsWith('.')) {
        if (!existsSync(join(dist, dirname(file), specifier))) problems.push(`${file}: ${specifier} does not exist`);
      } else if (!allowed.has(bareName(specifier))) problems.push(`${file}: imports ${specifier}`);
    }
    const lines = code.split('\n');
    if (lines.length > 3 && code.length / lines.length > 300) problems.push(`${file}: looks minified`);
  }
  report.check(problems.length === 0, `${js.length} modules import only lit, luxon (and react in react/; @lit-labs/ssr and node:crypto in ssr/) or existing relative files${problems.length ? `: ${problems.join('; ')}` : ''}`);

  const typeProblems = [];
  for (const file of dts) {
    const allowed = allowedPackages(file, manifest);
    for (const specifier of typeSpecifiers(readFileSync(join(dist, file), 'utf8'))) {
      if (!specifier.startsWith('.') && !allowed.has(bareName(specifier))) typeProblems.push(`${file}: ${specifier}`);
    }
  }
  report.check(typeProblems.length === 0, `${dts.length} .d.ts files name no package a consumer lacks (react types only in react/, each framework's in its types/ file)${typeProblems.length ? `: ${typeProblems.join('; ')}` : ''}`);
  report.check(js.every((file) => dts.includes(file.replace(/\.js$/, '.d.ts'))), 'every module has its .d.ts');

  const index = readFileSync(join(dist, 'index.d.ts'), 'utf8');
  const classes = ['ShnContactStatus', 'ShnSituationList', 'ShnReferralCard'];
  report.check(classes.every((name) => new RegExp(`export \\{ ${name} \\}`).test(index)), `"." exports the classes ${classes.join(', ')}`);
  report.check(/content\/index\.js/.test(index) && /hours\/index\.js/.test(index), '"." re-exports content and hours');

  // "." must not reach a define module: importing it registers nothing.
  const reached = new Set();
  const visit = (file) => {
    if (reached.has(file) || !existsSync(join(dist, file))) return;
    reached.add(file);
    for (const specifier of importSpecifiers(readFileSync(join(dist, file), 'utf8'))) {
      if (specifier.startsWith('.')) visit(join(dirname(file), specifier).split('\\').join('/'));
    }
  };
  visit('index.js');
  const defines = [...reached].filter((file) => file.startsWith('define/'));
  report.check(defines.length === 0, `"." imports no define module (${reached.size} modules reached)${defines.length ? `: ${defines.join(', ')}` : ''}`);

  const version = readFileSync(join(dist, 'core', 'version.js'), 'utf8');
  report.check(version.includes(`'${manifest.version}'`), `the built VERSION constant is package.json's ${manifest.version}`);
  report.check(!('@lit/react' in (manifest.dependencies ?? {})) && manifest.peerDependenciesMeta?.react?.optional === true,
    'react and @lit/react are optional peer dependencies, not dependencies');
}
