import { executeServerCommand } from '@web/test-runner-commands';

/*
 * The browser side of the suite's test commands (server side: test/support/commands-plugin.mjs). They work
 * the same in Chromium, Firefox ESR and WebKit; what an engine cannot do is listed in LIMITS, and a test that
 * needs it is skipped under its own name with that reason (itWhere/describeWhere), never silently.
 */

export type Engine = 'chromium' | 'firefox' | 'webkit';

/** The engine this page runs in. Every WebKit browser says Safari/AppleWebKit; only Chromium adds Chrome/. */
export const ENGINE: Engine = /Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrome\/|Chromium\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

/**
 * True when this browser was started with forced colours (the Firefox forced-colors group), read when the
 * module loads, before any emulation.
 */
export const STARTED_WITH_FORCED_COLORS = matchMedia('(forced-colors: active)').matches;

export type Need = 'forced colours' | 'no forced colours' | 'media emulation' | 'trusted types';

/** Why a test that needs something cannot run here, or null when it can. */
export function cannot(need: Need): string | null {
  switch (need) {
    case 'forced colours':
      if (ENGINE === 'webkit') return 'WebKit has no forced-colours mode to switch on';
      if (ENGINE === 'firefox' && !STARTED_WITH_FORCED_COLORS) {
        return 'Firefox cannot switch forced colours at run time (the accessibility matrix runs them in a Firefox started with them)';
      }
      return null;
    case 'no forced colours':
      return STARTED_WITH_FORCED_COLORS ? 'this Firefox was started in forced colours; the other groups run this' : null;
    case 'media emulation':
      if (ENGINE === 'firefox') return 'Firefox cannot emulate media features over WebDriver BiDi';
      if (ENGINE === 'webkit') return 'WebKit cannot emulate media features over WebDriver';
      return null;
    case 'trusted types':
      return 'trustedTypes' in window ? null : `this ${ENGINE} has no Trusted Types`;
    default:
      return null;
  }
}

const skippedTitle = (title: string, reason: string) => `${title} [skipped in ${ENGINE}: ${reason}]`;

/** it(), or it.skip() with the reason in its title when this engine cannot give the test what it needs. */
export function itWhere(needs: Need[], title: string, test: Mocha.AsyncFunc): Mocha.Test {
  const reason = needs.map(cannot).find(Boolean);
  return reason ? it.skip(skippedTitle(title, reason), test) : it(title, test);
}

/** describe(), or describe.skip() with the reason in its title when this engine cannot give what it needs. */
export function describeWhere(needs: Need[], title: string, suite: (this: Mocha.Suite) => void): Mocha.Suite | void {
  const reason = needs.map(cannot).find(Boolean);
  return reason ? describe.skip(skippedTitle(title, reason), suite) : describe(title, suite);
}

/** Sets the page's viewport (CSS pixels). */
export async function setViewport(size: { width: number; height: number }): Promise<void> {
  const done = await executeServerCommand<boolean, { width: number; height: number }>('shn-viewport', size);
  if (!done) throw new Error(`Could not set the viewport to ${size.width} × ${size.height} in ${ENGINE}`);
}

/** Presses a key ("Tab", "Enter", "Shift+Tab") or types text, as a user on a keyboard would. */
export async function sendKeys(keys: { press: string } | { type: string }): Promise<void> {
  const done = await executeServerCommand<boolean, typeof keys>('shn-keys', keys);
  if (!done) throw new Error(`Could not send keys in ${ENGINE}`);
}

/**
 * Turns forced colours (Windows high contrast) on or off. Resolves to true when the page now is in the asked
 * mode: false when the browser cannot emulate it (Firefox over BiDi, WebKit) or cannot leave it (started with
 * it). Tests that need it declare so with itWhere/describeWhere, so the skip is named.
 */
export async function emulateForcedColors(active: boolean): Promise<boolean> {
  if (STARTED_WITH_FORCED_COLORS) return active;
  const done = await executeServerCommand<boolean, { active: boolean }>('shn-forced-colors', { active });
  return done === true ? matchMedia('(forced-colors: active)').matches === active : !active;
}

/** Emulates a media feature ('prefers-reduced-motion', 'reduce'); resolves to whether the engine could. */
export async function emulateMedia(feature: string, value: string): Promise<boolean> {
  const done = await executeServerCommand<boolean, { feature: string; value: string }>('shn-media', { feature, value });
  return done === true;
}

/** Saves a screenshot as a test artifact under .cache/screenshots/; resolves to its path. */
export async function saveScreenshot(name: string): Promise<string | null> {
  return (await executeServerCommand<string | null, { name: string }>('shn-screenshot', { name })) ?? null;
}
