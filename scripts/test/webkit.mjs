// WebKit (the engine of every browser on an iPhone) for the test runner and the node-side page checks:
// Debian's WebKitGTK MiniBrowser, driven by WebKitWebDriver on a private Xvfb display.
//
// Each browser gets its own display and driver, started when the browser is first needed and stopped with
// it (also when the run fails or is interrupted), because:
// - without a window manager, X gives keyboard focus to the window under the pointer. The display is small
//   (the pointer starts in its middle, at 160,120) and the browser window sits at 0,0 and is never smaller
//   than that, so its page always has focus: document.hasFocus() is true and :focus-visible matches.
//   Two windows on one display would fight over that one pointer.
// - MiniBrowser's toolbar keeps its window at least 447 px wide. A test-only GTK stylesheet (in a temporary
//   XDG_CONFIG_HOME) shrinks the toolbar, so a 320 px viewport is possible.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { findBrowser } from './ensure-browsers.mjs';

const SCREEN = '320x240x24';
const TOOLBAR_CSS = '* { min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; font-size: 1px; }\n';

export function webkitPaths() {
  const browser = findBrowser('webkit');
  const driver = findBrowser('webkitdriver');
  const xvfb = findBrowser('xvfb');
  if (!browser || !driver || !xvfb) {
    throw new Error('No WebKit found: run "node scripts/test/ensure-browsers.mjs --webkit" first.');
  }
  return { browser, driver, xvfb };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function waitForOutput(stream, pattern, what, timeout = 15000) {
  return new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`Timed out waiting for ${what}`)), timeout);
    stream.on('data', (chunk) => {
      text += chunk;
      const match = text.match(pattern);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    });
  });
}

// Every display and driver still running: ended when this process ends, however it ends (a signal is passed
// on once they are gone, so the runner's own handlers and the default exit still happen).
const running = new Set();
function stopAll() {
  for (const stop of running) stop();
}
process.once('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, function passOn() {
    stopAll();
    process.off(signal, passOn);
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  });
}

/**
 * Starts an Xvfb display and a WebKitWebDriver on it. Resolves to the driver's port, the capabilities for a
 * MiniBrowser session, and stop(), which ends both and removes the temporary GTK configuration.
 */
export async function startWebKit({ timezone } = {}) {
  const { browser, driver, xvfb } = webkitPaths();
  const config = mkdtempSync(join(tmpdir(), 'shn-webkit-'));
  mkdirSync(join(config, 'gtk-3.0'));
  writeFileSync(join(config, 'gtk-3.0', 'gtk.css'), TOOLBAR_CSS);

  const processes = [];
  const stop = () => {
    running.delete(stop);
    for (const child of processes.reverse()) if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(config, { recursive: true, force: true });
  };
  running.add(stop);
  try {
    // -displayfd: Xvfb picks a free display number and writes it to fd 3.
    const display = spawn(xvfb, ['-displayfd', '3', '-screen', '0', SCREEN, '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    processes.push(display);
    const [, number] = await waitForOutput(display.stdio[3], /(\d+)\n/, 'Xvfb to start');

    const port = await freePort();
    const env = { ...process.env, DISPLAY: `:${number}`, XDG_CONFIG_HOME: config, ...(timezone ? { TZ: timezone } : {}) };
    delete env.WAYLAND_DISPLAY;
    const webdriver = spawn(driver, [`--port=${port}`], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    processes.push(webdriver);
    // The driver's own chatter and the browser's GTK warnings are noise in a test report.
    webdriver.stderr.resume();
    await waitForPort(port);
    return {
      port,
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: browser, args: ['--automation'] },
        // webdriverio 9 asks for a WebDriver BiDi session unless told not to; WebKitWebDriver refuses that.
        'wdio:enforceWebDriverClassic': true,
      },
      stop,
    };
  } catch (error) {
    stop();
    throw error;
  }
}

async function waitForPort(port, timeout = 15000) {
  const started = Date.now();
  while (Date.now() - started < timeout) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port}`);
}

/**
 * A test-runner browser: WebKit with its own display and driver, one test file at a time (one window, so
 * that its page keeps keyboard focus, and device actions such as key presses need the one-page mode of
 * @web/test-runner-webdriver). `timezone` sets the zone the browser runs in, as TZ does for the others.
 */
export function webkitLauncher({ timezone } = {}) {
  return new WebKitLauncher(timezone);
}

class WebKitLauncher extends WebdriverLauncher {
  constructor(timezone) {
    super({ capabilities: { browserName: 'MiniBrowser' } });
    this.timezone = timezone;
    this.concurrency = 1;
    this.name = 'WebKit';
  }

  async initialize(config, testFiles) {
    this.webkit = await startWebKit({ timezone: this.timezone });
    Object.assign(this.options, { hostname: '127.0.0.1', port: this.webkit.port, capabilities: this.webkit.capabilities });
    await super.initialize({ ...config, concurrency: 1 }, testFiles);
    this.name = 'WebKit';
  }

  async stop() {
    await super.stop();
    this.webkit?.stop();
  }

  /** The webdriver session, for the test commands plugin (test/support/commands-plugin.mjs). */
  get session() {
    return this.driver;
  }
}

// The size of the toolbar per webdriver session: the window is that much larger than the viewport.
const toolbars = new WeakMap();

/**
 * Sets the viewport of a WebKit session to width × height CSS pixels: WebDriver's Set Window Rect sizes the
 * window, which is the viewport plus the toolbar (there is no window manager to add a frame). The toolbar's
 * size is measured (outer minus inner size) and remembered. Resolves to whether the viewport is that size.
 */
export async function setWebKitViewport(driver, width, height) {
  let toolbar = toolbars.get(driver) ?? { width: 0, height: 0 };
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const window = { width: width + toolbar.width, height: height + toolbar.height };
    await driver.setWindowRect(0, 0, window.width, window.height);
    const [innerWidth, innerHeight, outerWidth, outerHeight] = await viewportOfWindow(driver, window);
    // A resize the page has not seen yet is asked again rather than measured.
    if (outerWidth !== window.width || outerHeight !== window.height) continue;
    toolbar = { width: outerWidth - innerWidth, height: outerHeight - innerHeight };
    toolbars.set(driver, toolbar);
    if (innerWidth === width && innerHeight === height) return true;
  }
  return false;
}

// The viewport once the page has seen the window at its new size: outerWidth/outerHeight are the window's,
// and innerWidth/innerHeight can follow a moment later, so the reading must also be the same twice in a row
// and leave a toolbar of a sane size (0–200 px).
async function viewportOfWindow(driver, size) {
  let previous = '';
  let sizes = [];
  for (let poll = 0; poll < 60; poll += 1) {
    sizes = await driver.execute('return [innerWidth, innerHeight, outerWidth, outerHeight]');
    const [innerWidth, innerHeight, outerWidth, outerHeight] = sizes;
    const sane = [outerWidth - innerWidth, outerHeight - innerHeight].every((toolbar) => toolbar >= 0 && toolbar <= 200);
    if (outerWidth === size.width && outerHeight === size.height && sane && previous === String(sizes)) return sizes;
    previous = String(sizes);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return [NaN, NaN, NaN, NaN];
}
