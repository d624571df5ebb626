// Tree-shaking, proven by bundling tiny apps against the built package the way a consumer's bundler would:
// rollup for the npm entry points (through package.json `exports` and `sideEffects`), and Vite (what
// Storybook uses) for a story-style import of src/define, the trap where a too narrow `sideEffects`
// makes a bundler drop the registration silently.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import { root } from './context.mjs';

const work = join(root, '.cache', 'treeshake');

const APPS = {
  'hours-only': `import { getStatus } from '@slachtofferhulp/widgets/hours';
console.log(getStatus({ zone: 'Europe/Amsterdam', weekly: { 1: [{ from: '08:00', to: '17:00' }] } }, new Date(0)).open);`,
  'situation-list-only': `import '@slachtofferhulp/widgets/define/shn-situation-list';`,
  'root-import-only': `import '@slachtofferhulp/widgets';`,
  'react-situation-list-only': `import { ShnSituationList } from '@slachtofferhulp/widgets/react/shn-situation-list';
console.log(ShnSituationList);`,
};

/** React and @lit/react are the app's own: left out of the bundle, as its bundler would share them. */
const REACT = /^(react|react-dom|@lit\/react)(\/|$)/;

const isLit = (id) => /[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/.test(id);
const isLuxon = (id) => /[\\/]node_modules[\\/]luxon[\\/]/.test(id);

async function bundle(name) {
  const build = await rollup({
    input: join(work, `${name}.js`),
    external: (id) => REACT.test(id),
    plugins: [nodeResolve({ exportConditions: ['browser', 'import', 'default'] })],
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  const chunk = output[0];
  const modules = Object.entries(chunk.modules).filter(([, info]) => info.renderedLength > 0).map(([id]) => id);
  return { code: chunk.code, modules };
}

function prepare() {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, 'node_modules', '@slachtofferhulp'), { recursive: true });
  // The package as a consumer has it: node_modules/@slachtofferhulp/widgets → this checkout.
  symlinkSync(root, join(work, 'node_modules', '@slachtofferhulp', 'widgets'), 'dir');
  for (const [name, code] of Object.entries(APPS)) writeFileSync(join(work, `${name}.js`), `${code}\n`);
}

export async function checkTreeShaking(report) {
  report.section('Tree-shaking (rollup bundles tiny apps against dist/ through package.json)');
  prepare();

  const hours = await bundle('hours-only');
  report.info(`app importing only ./hours: ${hours.code.length} bytes, ${hours.modules.length} modules`);
  report.check(!hours.modules.some(isLit), 'an app importing only ./hours bundles no Lit');
  report.check(!/customElements/.test(hours.code), 'an app importing only ./hours registers no element');

  const list = await bundle('situation-list-only');
  report.info(`app importing only ./define/shn-situation-list: ${list.code.length} bytes, ${list.modules.length} modules`);
  report.check(!list.modules.some(isLuxon), 'an app importing only the situation list bundles no luxon');
  report.check(/["']shn-situation-list["']/.test(list.code) && list.modules.some((id) => id.endsWith('define/shn-situation-list.js')),
    'that app still registers <shn-situation-list> (sideEffects keeps the define module)');
  report.check(!/["']shn-contact-status["']/.test(list.code), 'that app does not register <shn-contact-status>');

  const reactList = await bundle('react-situation-list-only');
  report.info(`app importing only ./react/shn-situation-list: ${reactList.code.length} bytes, ${reactList.modules.length} modules`);
  report.check(
    /["']shn-situation-list["']/.test(reactList.code) && !/["']shn-(contact-status|referral-card)["']/.test(reactList.code),
    'an app importing only ./react/shn-situation-list registers that element and no other',
  );
  report.check(!reactList.modules.some(isLuxon), 'that app bundles no luxon');

  const bare = await bundle('root-import-only');
  report.info(`app importing only "." for its side effects: ${bare.code.trim().length} bytes`);
  report.check(bare.modules.length === 0, 'importing "." registers nothing (its modules are free of side effects)');

  await checkViteKeepsSourceDefine(report);
}

/** A story imports src/define/shn-x.ts; Vite must keep it although src/ is not published. */
async function checkViteKeepsSourceDefine(report) {
  const { build } = await import('vite');
  const viteBundle = async (projectRoot, entry) => {
    const result = await build({
      configFile: false,
      logLevel: 'silent',
      root: projectRoot,
      build: { write: false, minify: false, lib: { entry, formats: ['es'], fileName: 'story' }, rollupOptions: { external: [/^lit/, /^luxon/] } },
    });
    return (Array.isArray(result) ? result[0] : result).output[0].code;
  };

  // Control: a package whose sideEffects names only dist/define loses the story's registration.
  const trap = join(work, 'trap');
  mkdirSync(join(trap, 'src', 'define'), { recursive: true });
  writeFileSync(join(trap, 'package.json'), JSON.stringify({ name: 'trap', type: 'module', sideEffects: ['./dist/define/*.js'] }));
  writeFileSync(join(trap, 'src', 'define', 'x-trap.ts'), `customElements.define('x-trap', class extends HTMLElement {});\n`);
  writeFileSync(join(trap, 'story.ts'), `import './src/define/x-trap.ts';\n`);
  const dropped = !/x-trap/.test(await viteBundle(trap, join(trap, 'story.ts')));
  report.check(dropped, 'control: with sideEffects naming only dist/define, Vite drops a story\'s src/define import');

  const entry = join(work, 'story.ts');
  writeFileSync(entry, `import '${join(root, 'src/define/shn-contact-status.ts')}';\n`);
  const code = await viteBundle(work, entry);
  report.check(/["']shn-contact-status["']/.test(code), `this package: Vite keeps a story's import of src/define/shn-contact-status.ts (${code.length} bytes)`);
}
