// Test-runner commands the hardening and embedding tests need beyond @web/test-runner-commands:
// - shn-forced-colors: emulates `forced-colors: active` (Windows high contrast). Puppeteer's
//   emulateMediaFeatures refuses that feature, so Chromium gets it through the DevTools protocol. Firefox
//   has no such switch over WebDriver BiDi; it runs the matrix in a browser started with forced colours
//   instead (see the forced-colors group in web-test-runner.config.mjs). Answers whether it could emulate.
// - shn-screenshot: saves a full-page screenshot under .cache/screenshots/ as an artifact to look at.
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const SCREENSHOTS = resolve(new URL('../..', import.meta.url).pathname, '.cache', 'screenshots');
// One DevTools session per page: emulation lasts as long as the session that set it, and the test runner
// reuses pages for later test files.
const cdpSessions = new WeakMap();

function pageOf(session) {
  return session.browser.type === 'puppeteer' ? session.browser.getPage(session.id) : null;
}

export function hardeningCommands() {
  return {
    name: 'shn-hardening-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'shn-forced-colors') {
        const page = pageOf(session);
        if (!page || session.browser.name === 'Firefox') return false;
        let cdp = cdpSessions.get(page);
        if (!cdp) {
          cdp = await page.createCDPSession();
          cdpSessions.set(page, cdp);
        }
        const value = payload?.active ? 'active' : 'none';
        await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
        return true;
      }
      if (command === 'shn-screenshot') {
        const page = pageOf(session);
        if (!page) return null;
        const name = String(payload?.name ?? 'page').replace(/[^a-z0-9-]+/gi, '-');
        const file = join(SCREENSHOTS, `${name}-${session.browser.name.toLowerCase()}.png`);
        mkdirSync(dirname(file), { recursive: true });
        await page.screenshot({ path: file, fullPage: true });
        return file;
      }
      return undefined;
    },
  };
}
