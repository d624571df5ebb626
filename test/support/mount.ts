import type { LitElement } from 'lit';

/**
 * Mounts an element without open-wc's fixture(), whose helpers wait on timers: tests that fake setTimeout
 * use this instead. Returns the element after its first render.
 */
export async function mount<T extends LitElement>(markup: string, container: HTMLElement = document.body): Promise<T> {
  const template = document.createElement('template');
  template.innerHTML = markup.trim();
  const element = template.content.firstElementChild as T;
  container.append(element);
  await element.updateComplete;
  return element;
}

export { shadowText } from './dom.js';
