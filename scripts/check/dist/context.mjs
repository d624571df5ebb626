// Shared helpers for the dist checks: paths, file listing and a report that collects figures and failures.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

import { root } from '../../lib/cli.mjs';

export { root };
export const dist = join(root, 'dist');
export const cdn = join(dist, 'cdn');

export const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
export const pkg = () => readJson(join(root, 'package.json'));

/** Every file under `dir`, as paths relative to it, with forward slashes. */
export function listFiles(dir) {
  const out = [];
  const visit = (current) => {
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) visit(path);
      else out.push(relative(dir, path).split('\\').join('/'));
    }
  };
  visit(dir);
  return out.sort();
}

/** The module specifiers a built ES module imports or re-exports, static and dynamic. */
/**
 * The module specifiers a built file imports. `dynamic: false` leaves out `import("…")`: the chunks a page
 * fetches only on demand (the situation list's search code, loaded once `searchable` is set).
 */
export function importSpecifiers(code, { dynamic = true } = {}) {
  const specifiers = new Set();
  const patterns = [/\b(?:import|export)\s*(?:[\w*${}\s,]+?\s*from\s*)?["']([^"']+)["']/g];
  if (dynamic) patterns.push(/\bimport\s*\(\s*["']([^"']+)["']\s*\)/g);
  for (const pattern of patterns) for (const match of code.matchAll(pattern)) specifiers.add(match[1]);
  return [...specifiers];
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

export class Report {
  constructor() {
    this.failures = [];
  }
  section(title) {
    console.log(`\n${title}`);
  }
  info(line) {
    console.log(`  ${line}`);
  }
  ok(line) {
    console.log(`  ok    ${line}`);
  }
  fail(line) {
    this.failures.push(line);
    console.log(`  FAIL  ${line}`);
  }
  /** Records `line` as ok or as a failure. */
  check(condition, line) {
    if (condition) this.ok(line);
    else this.fail(line);
    return condition;
  }
}
