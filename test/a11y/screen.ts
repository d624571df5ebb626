import { setViewport } from '@web/test-runner-commands';

/**
 * The one place these tests change the size of the screen, so the runner's viewport command can be
 * swapped for a cross-engine one in one line. Resolves once the page has its new width.
 */
export async function setScreen(width: number, height: number): Promise<void> {
  await setViewport({ width, height });
  for (let frame = 0; frame < 10 && window.innerWidth !== width; frame += 1) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}
