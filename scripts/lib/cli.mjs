// What the repository's scripts share: where the repository is, whether a module was started as a script,
// and the "write the generated files, or with --check only report drift" pattern.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * True when the module at `moduleUrl` is the script node was started with (`node scripts/docs/x.mjs`), not
 * an import. Compares file paths, so a checkout in a folder with spaces (which a URL escapes) works too.
 */
export function isMain(moduleUrl) {
  return Boolean(process.argv[1]) && fileURLToPath(moduleUrl) === resolve(process.argv[1]);
}

/**
 * Generated files: `outputs` is a list of [path relative to the root, expected content]. With `check`
 * (default: `--check` on the command line) nothing is written and every file that differs is reported as
 * drift, naming `fix`, the command that regenerates it; otherwise the files that differ are written.
 */
export function writeOrCheck(outputs, { fix, check = process.argv.includes('--check') }) {
  const drift = [];
  const written = [];
  for (const [file, content] of outputs) {
    const path = join(root, file);
    const current = existsSync(path) ? readFileSync(path, 'utf8') : null;
    if (current === content) continue;
    if (check) {
      drift.push(`${file} is out of date: run "${fix}" and commit the result.`);
    } else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
      written.push(file);
    }
  }
  return { check, drift, written };
}

/** Ends a --check run: prints the drift and exits 1, or prints `ok`. */
export function reportDrift(drift, ok) {
  if (drift.length > 0) {
    console.error(drift.join('\n'));
    process.exit(1);
  }
  console.log(ok);
}
