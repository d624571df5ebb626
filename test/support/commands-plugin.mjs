// The test commands the suite uses, one implementation per kind of browser, so that a test calls the same
// command in Chromium, Firefox ESR (both driven by puppeteer) and WebKit (driven over WebDriver classic).
// test/support/commands.ts is the browser side. Each command answers what it did; a command an engine cannot
// do answers false/null instead of throwing, and the browser side names the reason (commands.ts LIMITS).
//
// - shn-viewport {width, height}: the page's viewport. WebKit: WebDriver Set Window Rect, corrected for the
//   window's toolbar by measuring innerWidth/innerHeight (scripts/test/webkit.mjs shrinks the toolbar so that
//   320 px fits).
// - shn-keys {press} | {type}: a key press ("Tab", "Shift+Tab", "Enter") or typed text. WebKit's automation
//   tracks one pressed key at a time and drops a repeated letter ("inbraak" arrives as "inbrak"), so each
//   character is its own key down and key up.
// - shn-forced-colors {active}: emulates `forced-colors` (Windows high contrast). Only Chromium can, through
//   the DevTools protocol (puppeteer's emulateMediaFeatures refuses that feature). Firefox over BiDi cannot
//   switch it (a Firefox started in forced colours runs that half instead); WebKit has no such mode.
// - shn-media {feature, value}: emulates a media feature such as prefers-reduced-motion or
//   prefers-color-scheme. Chromium only (Firefox over BiDi and WebKit over WebDriver have no switch).
// - shn-screenshot {name}: saves a screenshot under .cache/screenshots/<name>-<browser>.png as an artifact to
//   look at (full page in Chromium and Firefox, the viewport in WebKit).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { setWebKitViewport } from '../../scripts/test/webkit.mjs';

const SCREENSHOTS = resolve(new URL('../..', import.meta.url).pathname, '.cache', 'screenshots');

// WebDriver's codes for the keys the tests press (https://www.w3.org/TR/webdriver2/#keyboard-actions).
const WEBDRIVER_KEYS = {
  Backspace: '\uE003', Tab: '\uE004', Enter: '\uE007', Shift: '\uE008', Control: '\uE009', Alt: '\uE00A',
  Escape: '\uE00C', Space: ' ', PageUp: '\uE00E', PageDown: '\uE00F', End: '\uE010', Home: '\uE011',
  ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowRight: '\uE014', ArrowDown: '\uE015', Delete: '\uE017',
};

// One DevTools session per Chromium page: emulation lasts as long as the session that set it, and the test
// runner reuses pages for later test files.
const cdpSessions = new WeakMap();

function puppeteerPage(session) {
  return session.browser.type === 'puppeteer' ? session.browser.getPage(session.id) : null;
}

function webdriverOf(session) {
  return session.browser.type === 'webdriver' ? session.browser.session : null;
}

const isChromium = (session) => session.browser.name === 'Chromium' || session.browser.name === 'Chrome';

async function cdpOf(page) {
  let cdp = cdpSessions.get(page);
  if (!cdp) {
    cdp = await page.createCDPSession();
    cdpSessions.set(page, cdp);
  }
  return cdp;
}

async function setViewport(session, { width, height }) {
  const page = puppeteerPage(session);
  if (page) {
    await page.setViewport({ width, height });
    return true;
  }
  const driver = webdriverOf(session);
  if (!driver) return false;
  return setWebKitViewport(driver, width, height);
}

function keyActions(keys) {
  return [{ type: 'key', id: 'keyboard', actions: keys }];
}

async function sendKeys(session, { press, type }) {
  const page = puppeteerPage(session);
  if (page) {
    if (type !== undefined) {
      await page.keyboard.type(type);
      return true;
    }
    const keys = press.split('+');
    for (const key of keys.slice(0, -1)) await page.keyboard.down(key);
    await page.keyboard.press(keys.at(-1));
    for (const key of keys.slice(0, -1).reverse()) await page.keyboard.up(key);
    return true;
  }
  const driver = webdriverOf(session);
  if (!driver) return false;
  if (type !== undefined) {
    for (const character of type) {
      await driver.performActions(keyActions([{ type: 'keyDown', value: character }, { type: 'keyUp', value: character }]));
    }
    return true;
  }
  const codes = press.split('+').map((key) => WEBDRIVER_KEYS[key] ?? key);
  await driver.performActions(keyActions([
    ...codes.map((value) => ({ type: 'keyDown', value })),
    ...codes.reverse().map((value) => ({ type: 'keyUp', value })),
  ]));
  await driver.releaseActions();
  return true;
}

async function emulateMedia(session, features) {
  const page = puppeteerPage(session);
  if (!page || !isChromium(session)) return false;
  const cdp = await cdpOf(page);
  await cdp.send('Emulation.setEmulatedMedia', { features });
  return true;
}

async function screenshot(session, name) {
  const file = join(SCREENSHOTS, `${String(name ?? 'page').replace(/[^a-z0-9-]+/gi, '-')}-${session.browser.name.toLowerCase()}.png`);
  mkdirSync(dirname(file), { recursive: true });
  const page = puppeteerPage(session);
  if (page) {
    await page.screenshot({ path: file, fullPage: true });
    return file;
  }
  const driver = webdriverOf(session);
  if (!driver) return null;
  writeFileSync(file, Buffer.from(await driver.takeScreenshot(), 'base64'));
  return file;
}

export function testCommands() {
  return {
    name: 'shn-test-commands',
    async executeCommand({ command, payload, session }) {
      switch (command) {
        case 'shn-viewport':
          return setViewport(session, payload);
        case 'shn-keys':
          return sendKeys(session, payload);
        case 'shn-forced-colors':
          return emulateMedia(session, [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }]);
        case 'shn-media':
          return emulateMedia(session, [{ name: payload.feature, value: payload.value ?? '' }]);
        case 'shn-screenshot':
          return screenshot(session, payload?.name);
        default:
          return undefined;
      }
    },
  };
}
