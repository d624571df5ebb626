#!/usr/bin/env node
// Finds a Chrome/Chromium for the browser tests; on Debian/Ubuntu as root installs the distribution's
// package when none is there (npm cannot download browsers on our machines). Prints the path it found.
// With --firefox it does the same for Firefox ESR; with --webkit for WebKit: WebKitGTK's MiniBrowser, its
// WebKitWebDriver (Debian's webkit2gtk-driver, which brings the MiniBrowser along) and Xvfb to show it on.
import { existsSync, readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { isMain } from '../lib/cli.mjs';

const candidates = {
  chromium: {
    env: 'CHROME_PATH',
    paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium',
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'],
    debianPackage: 'chromium',
  },
  firefox: {
    env: 'FIREFOX_PATH',
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'],
    debianPackage: 'firefox-esr',
  },
  webkit: {
    env: 'WEBKIT_MINIBROWSER_PATH',
    // The MiniBrowser lives in the multiarch library folder of libwebkit2gtk-4.1-0.
    paths: ['x86_64-linux-gnu', 'aarch64-linux-gnu', 'arm-linux-gnueabihf', 'i386-linux-gnu']
      .map((arch) => `/usr/lib/${arch}/webkit2gtk-4.1/MiniBrowser`),
    debianPackage: 'webkit2gtk-driver',
  },
  webkitdriver: {
    env: 'WEBKIT_WEBDRIVER_PATH',
    paths: ['/usr/bin/WebKitWebDriver'],
    debianPackage: 'webkit2gtk-driver',
  },
  xvfb: {
    env: 'XVFB_PATH',
    paths: ['/usr/bin/Xvfb'],
    debianPackage: 'xvfb',
  },
};

export function findBrowser(kind) {
  const { env, paths } = candidates[kind];
  const fromEnv = process.env[env];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return paths.find((p) => existsSync(p)) ?? null;
}

function isDebianLike() {
  try {
    return /\b(debian|ubuntu)\b/i.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

export function ensureBrowser(kind) {
  const found = findBrowser(kind);
  if (found) return found;
  const { env, debianPackage } = candidates[kind];
  if (isDebianLike() && process.getuid?.() === 0) {
    console.log(`No ${kind} found: installing Debian's ${debianPackage} package…`);
    execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${debianPackage}`, { stdio: 'inherit' });
    const installed = findBrowser(kind);
    if (installed) return installed;
  }
  console.error(`No ${kind} browser found. Install one (Debian/Ubuntu: "sudo apt-get install ${debianPackage}") or set ${env} to its executable.`);
  process.exit(1);
}

if (isMain(import.meta.url)) {
  const kinds = [
    'chromium',
    ...(process.argv.includes('--firefox') ? ['firefox'] : []),
    ...(process.argv.includes('--webkit') ? ['webkit', 'webkitdriver', 'xvfb'] : []),
  ];
  for (const kind of kinds) console.log(`${kind}: ${ensureBrowser(kind)}`);
}
