import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { closestLang, rootsAbove } from './closest-lang.js';
import { DEFAULT_LOCALE, toLocale, type Locale } from '../core/locale.js';

/** The supported locale that applies to `element`: its nearest `lang` (see closestLang), mapped by toLocale. */
export function localeOf(element: Element): Locale {
  return toLocale(closestLang(element));
}

/**
 * Keeps `locale` in step with the nearest `lang` (see closestLang) and asks the host to re-render when it
 * changes at run time, e.g. when a site's language switcher rewrites `<html lang>`.
 * One MutationObserver per connected element, watching only `lang` attributes; disconnected with the element.
 */
export class LangController implements ReactiveController {
  #current: Locale = DEFAULT_LOCALE;
  #observer?: MutationObserver;

  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /** The locale; on a server, where an element has no ancestors to ask, from its own `lang` (src/ssr/ sets it). */
  get locale(): Locale {
    return isServer ? toLocale(this.#host.getAttribute('lang') ?? '') : this.#current;
  }

  hostConnected(): void {
    this.refresh();
    this.#observer = new MutationObserver(() => this.refresh());
    for (const root of rootsAbove(this.#host)) {
      this.#observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  /** Re-reads `lang`; call when the element's own `lang` may have changed. */
  refresh(): void {
    const next = localeOf(this.#host);
    if (next !== this.#current) {
      this.#current = next;
      this.#host.requestUpdate();
    }
  }
}
