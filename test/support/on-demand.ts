import { fold } from './dom.js';
import { settle } from './settle.js';

// Helpers for the tests of code loaded on demand. In the test server every source module is a request of
// its own, so a test can count how often the page asked for one; the CDN build's chunks are tested in
// test/dist/on-demand.test.mjs.

/** How many times the page has requested the module `path` (below src/, without extension: `texts/texts-en`). */
export function moduleRequests(path: string): number {
  return performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname.replace(/\.(js|ts)$/, '').endsWith(`/src/${path}`)).length;
}

/**
 * Adds `<tag>` with `attributes` under an element with `lang` and records what its shadow root holds after
 * each change, from the very first render on (`read`: its folded text unless given): a render in the wrong
 * language, without its box or with another audience's words shows up here even if a later one replaced it.
 * Returns once the element and what it nests have rendered. Remove with {@link removeRecorded}.
 */
export async function recordRenders<T extends HTMLElement>(
  tag: string,
  attributes: Record<string, string>,
  lang: string,
  read: (element: T) => string = (element) => fold(element.shadowRoot!.textContent ?? ''),
): Promise<{ element: T; snapshots: string[] }> {
  const wrapper = document.createElement('div');
  wrapper.dataset.renders = '';
  wrapper.lang = lang;
  const element = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  wrapper.append(element);
  document.body.append(wrapper);
  const snapshots: string[] = [];
  const observer = new MutationObserver(() => snapshots.push(read(element)));
  observer.observe(element.shadowRoot!, { childList: true, subtree: true, characterData: true });
  await settle(wrapper);
  await new Promise((resolve) => setTimeout(resolve));
  observer.disconnect();
  return { element, snapshots };
}

/** Removes what {@link recordRenders} added. */
export function removeRecorded(): void {
  for (const wrapper of document.querySelectorAll('[data-renders]')) wrapper.remove();
}
