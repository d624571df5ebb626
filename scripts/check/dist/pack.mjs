// What `npm pack` would publish: dist/, custom-elements.json, README, LICENSE, CHANGELOG and package.json only.
import { execFileSync } from 'node:child_process';
import { kb, root } from './context.mjs';

const ALLOWED = [/^dist\//, /^custom-elements\.json$/, /^README\.md$/, /^LICENSE$/, /^CHANGELOG\.md$/, /^package\.json$/];
const REQUIRED = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'custom-elements.json', 'dist/index.js', 'dist/index.d.ts', 'dist/cdn/shn-widgets.js', 'dist/cdn/integrity.json', 'dist/react/index.js', 'dist/types/react.d.ts', 'dist/types/vue.d.ts', 'dist/types/svelte.d.ts', 'dist/vscode.html-data.json', 'dist/web-types.json'];
const FORBIDDEN = [/\.test\./, /\.stories\./, /(^|\/)test\//, /(^|\/)stories\//, /storybook/];

export function checkPack(report) {
  report.section('npm pack --dry-run');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const [result] = JSON.parse(execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  const paths = result.files.map((file) => file.path);
  report.info(`${result.filename}: ${paths.length} files, ${kb(result.size)} packed, ${kb(result.unpackedSize)} unpacked`);
  const strays = paths.filter((path) => !ALLOWED.some((pattern) => pattern.test(path)) || FORBIDDEN.some((pattern) => pattern.test(path)));
  report.check(strays.length === 0, `only dist/, custom-elements.json, README, LICENSE, CHANGELOG, package.json${strays.length ? `; also: ${strays.join(', ')}` : ''}`);
  const missing = REQUIRED.filter((path) => !paths.includes(path));
  report.check(missing.length === 0, `contains ${REQUIRED.join(', ')}${missing.length ? `; missing: ${missing.join(', ')}` : ''}`);
}
