import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, chromiumExecutable } from './scripts/browsers.mjs';

// The engine must answer the same whatever zone the visitor's browser is in, so its tests also run in
// browsers started in other zones. Each group asserts which zone it really runs in.
const zones = ['Europe/Amsterdam', 'America/New_York', 'Asia/Tokyo'];

const chromium = (timezone) =>
  chromeLauncher({
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: chromiumArgs,
      env: { ...process.env, TZ: timezone },
    },
  });

export default {
  nodeResolve: true,
  rootDir: '.',
  concurrency: 2,
  testsFinishTimeout: 600000,
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' })],
  browsers: [chromium('Europe/Amsterdam')],
  groups: [
    { name: 'unit', files: ['test/**/*.test.ts', '!test/zones/**'] },
    ...zones.map((zone) => ({
      name: `zone-${zone.replace('/', '-')}`,
      files: ['test/zones/**/*.test.ts'],
      browsers: [chromium(zone)],
      testRunnerHtml: (testFramework) =>
        `<html><body><script>window.__EXPECTED_ZONE__ = ${JSON.stringify(zone)};</script><script type="module" src="${testFramework}"></script></body></html>`,
    })),
  ],
};
