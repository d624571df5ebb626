// Launch settings shared by the test runner, the benchmarks and the demo checks.
import { findBrowser } from './ensure-browsers.mjs';

// Flags for Debian's Chromium in a container without network: as root it needs --no-sandbox, and the
// background-networking flags stop it from dialling out at every start.
export const chromiumArgs = [
  '--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic', '--disable-dev-shm-usage',
];

export function chromiumExecutable() {
  const path = findBrowser('chromium');
  if (!path) throw new Error('No Chromium found: run "node scripts/test/ensure-browsers.mjs" first.');
  return path;
}

export function firefoxExecutable() {
  const path = findBrowser('firefox');
  if (!path) throw new Error('No Firefox found: run "node scripts/test/ensure-browsers.mjs --firefox" first.');
  return path;
}

// Preferences for Debian's Firefox ESR under test: no update checks, telemetry or remote settings that
// would dial out (the machines have no network), and no "first run" pages.
export const firefoxPrefs = {
  'app.update.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'services.settings.server': 'data:,',
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
};

/** Firefox's own forced-colours mode ("Override the colours: always"), which BiDi cannot switch at run time. */
export const firefoxForcedColorsPrefs = { 'browser.display.document_color_use': 2 };

/**
 * The browsers a test run uses: all three by default. SHN_BROWSERS=chromium (or firefox, webkit, or a
 * comma-separated list) narrows a quick local run; CI and `npm test` always run all three.
 */
export function selectedBrowsers() {
  const wanted = (process.env.SHN_BROWSERS ?? 'chromium,firefox,webkit').split(',').map((name) => name.trim().toLowerCase());
  return { chromium: wanted.includes('chromium'), firefox: wanted.includes('firefox'), webkit: wanted.includes('webkit') };
}
