// Node-side browser tests of the built files as the demo server serves them (byte for byte, unlike the
// test runner's dev server, which rewrites scripts and would break their integrity hashes).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer';
import { chromiumArgs, chromiumExecutable } from '../../../scripts/test/browsers.mjs';
import { startDemoServer } from '../../../scripts/dev/demo.mjs';

export const root = fileURLToPath(new URL('../../..', import.meta.url));

export function readIntegrity() {
  const path = `${root}/dist/cdn/integrity.json`;
  if (!existsSync(path)) throw new Error('dist/cdn/integrity.json is missing: run "npm run build" first.');
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Starts the demo server on a free port and Chromium; returns both with a `close()`. */
export async function startSite() {
  readIntegrity();
  const server = await startDemoServer(0);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({ executablePath: chromiumExecutable(), args: chromiumArgs, headless: true });
  return {
    origin,
    browser,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Collects console errors, page errors and failed requests, which every page test expects to be none. */
export function watchProblems(page) {
  const problems = [];
  page.on('console', (message) => {
    const fromFavicon = message.location()?.url?.endsWith('/favicon.ico');
    if (message.type() === 'error' && !fromFavicon) problems.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    // Browsers ask for /favicon.ico on their own; the demo has none, and that is no fault of the widgets.
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

/** Waits until every listed tag is defined and rendered, then two frames more for layout. */
export async function waitForUpgrade(page, tags) {
  await page.waitForFunction(
    async (names) => {
      if (!names.every((name) => customElements.get(name))) return false;
      const elements = names.flatMap((name) => [...document.querySelectorAll(name)]);
      await Promise.all(elements.map((element) => element.updateComplete));
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return true;
    },
    { timeout: 10000 },
    tags,
  );
}

/** Layout-shift entries and paint/upgrade times, recorded from the very start of every document. */
export async function recordLayoutShifts(page, tag) {
  await page.evaluateOnNewDocument((watchedTag) => {
    window.__shn = { shifts: [], definedAt: null };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shn.shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
    customElements.whenDefined(watchedTag).then(() => (window.__shn.definedAt = performance.now()));
  }, tag);
}

export async function layoutShiftReport(page) {
  return page.evaluate(() => ({
    cls: window.__shn.shifts.reduce((sum, value) => sum + value, 0),
    firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    definedAt: window.__shn.definedAt,
  }));
}

/** Holds back every request under /dist/cdn/ for `ms`, so the page paints its fallback before the upgrade. */
export async function delayWidgets(page, ms) {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    if (new URL(request.url()).pathname.startsWith('/dist/cdn/')) setTimeout(() => request.continue(), ms);
    else request.continue();
  });
}

/** A Saturday evening: the professional line is closed, so the emergency route shows too. */
export const SATURDAY_EVENING = '2026-12-05T18:30:00+01:00';

/**
 * Freezes the page's clock at `iso` before any script runs (only Date: timers keep running), so what the
 * widgets show, and so their height, never depends on when the test runs.
 */
export async function freezeClock(page, iso = SATURDAY_EVENING) {
  await page.evaluateOnNewDocument((fixed) => {
    const RealDate = Date;
    const instant = new RealDate(fixed).getTime();
    class FrozenDate extends RealDate {
      constructor(...args) {
        super(...(args.length ? args : [instant]));
      }
      static now() {
        return instant;
      }
    }
    globalThis.Date = FrozenDate;
  }, iso);
}
