import { widgetsIn } from './deep-elements.js';

/**
 * Waits until every widget at or below `root`, nested ones too, has rendered, and what a render starts in
 * microtasks (slot and mutation observers, a nested element's first update) has run. Microtasks only: no
 * timers and no animation frames, so it also works under fake timers and in a background tab.
 */
export async function settle(root: Element | Document): Promise<void> {
  for (let round = 0; round < 10; round += 1) {
    const awaited = widgetsIn(root);
    // A widget's updateComplete also waits for code it loads on demand (ShnElement.getUpdateComplete).
    const results = await Promise.all(awaited.map((element) => element.updateComplete));
    await Promise.resolve();
    const present = widgetsIn(root);
    // Done when no update was queued meanwhile (updateComplete resolves false then) and every widget now
    // present was awaited: a render may just have created a nested one.
    const stable = present.every((element) => awaited.includes(element) && !element.isUpdatePending);
    if (results.every((done) => done !== false) && stable) return;
  }
}
