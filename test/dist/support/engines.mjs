// The three engines for node-side page checks, behind one small interface: Chromium and Firefox ESR through
// puppeteer, WebKit (WebKitGTK's MiniBrowser) through webdriverio on its own display (scripts/test/webkit.mjs).
// Only what the cross-engine checks need: go to a URL, set the viewport, run a function in the page.
import puppeteer from 'puppeteer';
import { remote } from 'webdriverio';
import { chromiumArgs, chromiumExecutable, firefoxExecutable, firefoxPrefs, selectedBrowsers } from '../../../scripts/test/browsers.mjs';
import { setWebKitViewport, startWebKit } from '../../../scripts/test/webkit.mjs';

/** The engines of this run: all three, or those SHN_BROWSERS names. */
export function engines() {
  const selected = selectedBrowsers();
  return ['chromium', 'firefox', 'webkit'].filter((name) => selected[name]);
}

async function puppeteerEngine(options) {
  const browser = await puppeteer.launch({ headless: true, ...options });
  const page = await browser.newPage();
  return {
    goto: (url) => page.goto(url, { waitUntil: 'load' }).then(() => undefined),
    setViewport: (width, height) => page.setViewport({ width, height }),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    close: () => browser.close(),
  };
}

async function webkitEngine() {
  const webkit = await startWebKit();
  try {
    const driver = await remote({ hostname: '127.0.0.1', port: webkit.port, logLevel: 'error', capabilities: webkit.capabilities });
    return {
      goto: (url) => driver.navigateTo(url),
      async setViewport(width, height) {
        if (!(await setWebKitViewport(driver, width, height))) throw new Error(`WebKit: no ${width} × ${height} viewport`);
      },
      // WebDriver's Execute Script awaits a returned promise, so async functions work as in puppeteer.
      evaluate: (fn, arg) => driver.execute(fn, arg),
      async close() {
        await driver.deleteSession().catch(() => {});
        webkit.stop();
      },
    };
  } catch (error) {
    webkit.stop();
    throw error;
  }
}

/** Starts an engine with one page. */
export function launch(name) {
  if (name === 'chromium') return puppeteerEngine({ executablePath: chromiumExecutable(), args: chromiumArgs });
  if (name === 'firefox') {
    // Scrollbars over the page, as on the phones that narrow widths stand for (Firefox on a desktop takes
    // 12 px of a 375 px page for its scrollbar; WebKit and Chromium here already overlay theirs).
    return puppeteerEngine({
      browser: 'firefox',
      executablePath: firefoxExecutable(),
      extraPrefsFirefox: { ...firefoxPrefs, 'ui.useOverlayScrollbars': 1 },
    });
  }
  if (name === 'webkit') return webkitEngine();
  throw new Error(`Unknown engine ${name}`);
}
