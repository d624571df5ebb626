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
  if (!path) throw new Error('No Chromium found: run "node scripts/ensure-browsers.mjs" first.');
  return path;
}
