import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { defaultReporter } from '@web/test-runner';
import {
  chromiumArgs,
  chromiumExecutable,
  firefoxExecutable,
  firefoxForcedColorsPrefs,
  firefoxPrefs,
  selectedBrowsers,
} from './scripts/test/browsers.mjs';
import { webkitLauncher } from './scripts/test/webkit.mjs';
import { embeddingMiddleware } from './test/embedding/middleware.mjs';
import { testCommands } from './test/support/commands-plugin.mjs';
import { skippedReporter } from './test/support/skipped-reporter.mjs';
import { storiesPlugin } from './test/stories/stories-plugin.mjs';

// The engine must answer the same whatever zone the visitor's browser is in, so its tests also run in
// browsers started in other zones. Each group asserts which zone it really runs in.
const zones = ['Europe/Amsterdam', 'America/New_York', 'Asia/Tokyo'];

// Each test file gets a page in its own window: headless browsers show only the front tab of a window, and a
// hidden page has no animation frames (Chromium) and says document.visibilityState === 'hidden', so with two
// files at a time the one in the background would stall or see a hidden page.
const inOwnWindow = ({ context }) => context.newPage({ type: 'window' });

const chromium = (timezone) =>
  chromeLauncher({
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: chromiumArgs,
      env: { ...process.env, TZ: timezone },
    },
    createPage: inOwnWindow,
  });

// Debian's Firefox ESR, driven over WebDriver BiDi by puppeteer. TZ sets its zone as for Chromium.
const firefox = (timezone, prefs = {}) =>
  puppeteerLauncher({
    launchOptions: {
      browser: 'firefox',
      executablePath: firefoxExecutable(),
      headless: true,
      env: { ...process.env, TZ: timezone },
      extraPrefsFirefox: { ...firefoxPrefs, ...prefs },
    },
    createPage: inOwnWindow,
    // One test file at a time: Firefox shows keyboard focus (:focus-visible) only in the active window, and
    // tests that press Tab check it.
    concurrency: 1,
  });

// WebKit, the engine of every browser on an iPhone: WebKitGTK's MiniBrowser on its own Xvfb display, one test
// file at a time (scripts/test/webkit.mjs says why).
const webkit = (timezone) => webkitLauncher({ timezone });

// Every group runs in Chromium, Firefox ESR and WebKit (SHN_BROWSERS=chromium,webkit narrows a local run).
const selected = selectedBrowsers();
const browsersIn = (timezone) => [
  ...(selected.chromium ? [chromium(timezone)] : []),
  ...(selected.firefox ? [firefox(timezone)] : []),
  ...(selected.webkit ? [webkit(timezone)] : []),
];

export default {
  nodeResolve: true,
  rootDir: '.',
  concurrency: 2,
  testsFinishTimeout: 600000,
  testFramework: { config: { timeout: 10000 } },
  // Every skipped test by name and reason, per browser: no engine skips a test silently.
  reporters: [defaultReporter(), skippedReporter()],
  // Host-page fixtures: the CDN build served verbatim, a second copy of it, a strict CSP (test/embedding/).
  middleware: [embeddingMiddleware()],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    // Viewport, keys, forced colours, media emulation and screenshots alike in all three engines.
    testCommands(),
    // Story tests: the list of story files, and screenshots compared with test/stories/screenshots/baseline/
    // (`npm run test:visual:update` rewrites the baselines; failures write the new image and a diff to failed/).
    storiesPlugin(),
    visualRegressionPlugin({
      update: process.argv.includes('--update-visual-baseline'),
      baseDir: 'test/stories/screenshots',
      getBaselineName: ({ name }) => `baseline/${name}`,
      getFailedName: ({ name }) => `failed/${name}`,
      getDiffName: ({ name }) => `failed/${name}-diff`,
    }),
  ],
  browsers: browsersIn('Europe/Amsterdam'),
  groups: [
    { name: 'unit', files: ['test/**/*.test.ts', '!test/zones/**', '!test/stories/**'] },
    // Every story rendered, checked with axe and compared with its screenshot; Chromium in Dutch time only,
    // as the baselines are Chromium's pixels.
    { name: 'stories', files: ['test/stories/**/*.test.ts'], browsers: [chromium('Europe/Amsterdam')] },
    ...zones.map((zone) => ({
      name: `zone-${zone.replace('/', '-')}`,
      files: ['test/zones/**/*.test.ts'],
      browsers: browsersIn(zone),
      testRunnerHtml: (testFramework) =>
        `<html><body><script>window.__EXPECTED_ZONE__ = ${JSON.stringify(zone)};</script><script type="module" src="${testFramework}"></script></body></html>`,
    })),
    // Firefox cannot switch forced colours at run time, so the accessibility matrix also runs in a Firefox
    // started in forced-colours mode (Chromium emulates it inside the matrix).
    ...(selected.firefox
      ? [{ name: 'forced-colors-firefox', files: ['test/hardening/a11y-matrix.test.ts'], browsers: [firefox('Europe/Amsterdam', firefoxForcedColorsPrefs)] }]
      : []),
  ],
};
