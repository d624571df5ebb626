import { executeServerCommand } from '@web/test-runner-commands';

/**
 * True when this browser was started with forced colours (the Firefox forced-colors group), read when the
 * module loads, before any emulation.
 */
export const STARTED_WITH_FORCED_COLORS = matchMedia('(forced-colors: active)').matches;

/**
 * Turns forced colours (Windows high contrast) on or off. Resolves to true when the page now is in the asked
 * mode: false when the browser cannot emulate it (Firefox over BiDi) or cannot leave it (started with it).
 */
export async function emulateForcedColors(active: boolean): Promise<boolean> {
  if (STARTED_WITH_FORCED_COLORS) return active;
  const done = await executeServerCommand<boolean, { active: boolean }>('shn-forced-colors', { active });
  return done === true ? matchMedia('(forced-colors: active)').matches === active : !active;
}

/** Saves a full-page screenshot as a test artifact under .cache/screenshots/; resolves to its path. */
export async function saveScreenshot(name: string): Promise<string | null> {
  return (await executeServerCommand<string | null, { name: string }>('shn-screenshot', { name })) ?? null;
}
