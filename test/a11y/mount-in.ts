import type { LitElement } from 'lit';
import { widgetsIn } from '../support/deep-elements.js';
import { settle } from '../support/settle.js';

export { settle };

/**
 * Mounts markup inside a `<div lang>` (the page's language around the widget) and waits until every widget
 * in it, nested ones too, has rendered. Returns the wrapper; remove it when done.
 */
export async function mountIn(lang: string, markup: string): Promise<HTMLElement> {
  const wrapper = document.createElement('div');
  wrapper.lang = lang;
  wrapper.innerHTML = markup.trim();
  document.body.append(wrapper);
  await settle(wrapper);
  return wrapper;
}

/** The first widget with this tag in the wrapper (nested ones included). */
export function widget<T extends LitElement = LitElement>(wrapper: Element, tag: string): T {
  const found = widgetsIn(wrapper).find((element) => element.localName === tag);
  if (!found) throw new Error(`no <${tag}> rendered`);
  return found as T;
}
