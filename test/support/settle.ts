import { widgetsIn } from './deep-elements.js';

/**
 * Waits until every widget at or below `root`, nested ones too, has rendered, and what a render starts in
 * microtasks (slot and mutation observers, a nested element's first update) has run. Microtasks only: no
 * timers and no animation frames, so it also works under fake timers and in a background tab.
 */
export async function settle(root: Element | Document): Promise<void> {
  for (let round = 0; round < 10; round += 1) {
    const results = await Promise.all(widgetsIn(root).map((element) => element.updateComplete));
    await Promise.resolve();
    // updateComplete resolves false when another update was queued meanwhile: go round again.
    if (results.every((done) => done !== false) && widgetsIn(root).every((element) => element.hasUpdated && !element.isUpdatePending)) return;
  }
}
