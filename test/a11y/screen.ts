import { setViewport } from '../support/commands.js';

/**
 * The one place these tests change the size of the screen (through the cross-engine command of
 * test/support/commands.ts). Resolves once the page has its new width.
 */
export async function setScreen(width: number, height: number): Promise<void> {
  await setViewport({ width, height });
  for (let frame = 0; frame < 10 && window.innerWidth !== width; frame += 1) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}
