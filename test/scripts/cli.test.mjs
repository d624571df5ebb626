// The scripts' shared helpers (scripts/lib/cli.mjs), run as a user would: from a checkout in a folder whose
// name has spaces, where a file:// URL and process.argv[1] spell the path differently.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { root, writeOrCheck } from '../../scripts/lib/cli.mjs';

const folder = mkdtempSync(join(tmpdir(), 'shn scripts with spaces '));
after(() => rmSync(folder, { recursive: true, force: true }));
const cli = pathToFileURL(join(root, 'scripts/lib/cli.mjs')).href;

describe('scripts/lib/cli.mjs', () => {
  it('isMain: true for the script node started, false for a module it imports, also in a path with spaces', () => {
    writeFileSync(join(folder, 'imported.mjs'), `import { isMain } from '${cli}';\nexport const imported = isMain(import.meta.url);\n`);
    writeFileSync(join(folder, 'main script.mjs'), `import { isMain } from '${cli}';\nimport { imported } from './imported.mjs';\nconsole.log(JSON.stringify({ main: isMain(import.meta.url), imported }));\n`);
    const run = spawnSync(process.execPath, [join(folder, 'main script.mjs')], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), { main: true, imported: false });
  });

  it('writeOrCheck: writes what differs; with check it writes nothing and names the fix', () => {
    const file = `.cache/cli-test-${process.pid}.txt`;
    try {
      assert.deepEqual(writeOrCheck([[file, 'one\n']], { fix: 'regenerate', check: false }).written, [file]);
      assert.equal(readFileSync(join(root, file), 'utf8'), 'one\n');
      assert.deepEqual(writeOrCheck([[file, 'one\n']], { fix: 'regenerate', check: true }).drift, []);
      const { drift, written } = writeOrCheck([[file, 'two\n']], { fix: 'regenerate', check: true });
      assert.deepEqual(written, []);
      assert.deepEqual(drift, [`${file} is out of date: run "regenerate" and commit the result.`]);
      assert.equal(readFileSync(join(root, file), 'utf8'), 'one\n');
    } finally {
      rmSync(join(root, file), { force: true });
    }
  });
});
