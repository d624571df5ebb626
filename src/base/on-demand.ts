import { html, type TemplateResult } from 'lit';
import type { Loader, ShnElement } from './shn-element.js';

/** What a module that owns on-demand code hands the controller. */
export interface OnDemandCode<T> {
  /** Starts the import. Called once per page: the controller shares one load between all elements. */
  load: () => Promise<T>;
  /** The attribute that asks for the code, for the warning when it cannot be loaded. */
  attribute: string;
  /** What the element shows instead, for the same warning: `showing the list without a search box`. */
  fallback: string;
}

/** One load per code per page, however many elements want it; the value once it is there. */
const loads = new WeakMap<OnDemandCode<unknown>, { promise: Promise<unknown>; value?: unknown; failed?: unknown }>();

function start<T>(code: OnDemandCode<T>) {
  let load = loads.get(code);
  if (!load) {
    const entry: { promise: Promise<unknown>; value?: unknown; failed?: unknown } = { promise: Promise.resolve() };
    entry.promise = code.load().then(
      (value) => void (entry.value = value),
      (error: unknown) => void (entry.failed = error ?? new Error('failed')),
    );
    loads.set(code, (load = entry));
  }
  return load as { promise: Promise<void>; value?: T; failed?: unknown };
}

/**
 * Loads `code` now, for a render that cannot wait: a server render (see src/ssr/) preloads every element's
 * code, so a list renders in English and with its search box there, as it would in the browser.
 */
export function preload(code: OnDemandCode<unknown>): Promise<void> {
  return start(code).promise;
}

/** True when the code is on the page already: an element that wants it then never waits. */
function isLoaded(code: OnDemandCode<unknown>): boolean {
  return loads.get(code)?.value !== undefined;
}

/**
 * The one way an element loads code it does not always need (the search box, the opening-hours engine).
 * Ask for it in `willUpdate()` with `need(wanted)`; while it is on its way, `pending` is true and the element
 * renders `renderWaiting()`: the page's own fallback (its `slot="fallback"` content) stays visible, and the
 * space the page reserved with `:not(:defined)` stays reserved (ShnElement measures it as the element
 * upgrades, before `:defined` matches, and holds it while any of its code is on its way). `updateComplete`
 * waits for the code. When it cannot be loaded the element warns once and renders without it. Works the same
 * for elements inside other shadow roots: nothing looks at `document`. Not a Lit controller: it needs no
 * lifecycle hook, only the host's `addLoader()` and `requestUpdate()`.
 */
export class OnDemandController<T> implements Loader {
  #wanted = false;
  #warned = false;
  #askedBy = '';
  /** The host asks to render again when the load settles: once, however often it renders meanwhile. */
  #subscribed = false;

  readonly #host: ShnElement;
  readonly #code: OnDemandCode<T>;

  constructor(host: ShnElement, code: OnDemandCode<T>) {
    this.#host = host;
    this.#code = code;
    host.addLoader(this, isLoaded(code as OnDemandCode<unknown>));
  }

  /**
   * The code when `wanted` and loaded; `undefined` while loading, when it failed, or when not wanted.
   * `askedBy` names what asked for it in the warning, such as `lang="en"` (default: the code's attribute).
   */
  need(wanted: boolean, askedBy = this.#code.attribute): T | undefined {
    this.#wanted = wanted;
    this.#askedBy = askedBy;
    if (!wanted) return undefined;
    const load = start(this.#code);
    if (load.value === undefined && load.failed === undefined && !this.#subscribed) {
      this.#subscribed = true;
      void load.promise.then(() => this.#host.requestUpdate());
    }
    if (load.failed !== undefined) this.#warnOnce(load.failed);
    return load.value;
  }

  /** True while wanted code is on its way. */
  get pending(): boolean {
    if (!this.#wanted) return false;
    const load = start(this.#code);
    return load.value === undefined && load.failed === undefined;
  }

  /** Settles when the wanted code has loaded or failed. */
  get settled(): Promise<void> {
    return this.#wanted ? start(this.#code).promise : Promise.resolve();
  }

  #warnOnce(error: unknown): void {
    if (this.#warned) return;
    this.#warned = true;
    console.warn(`<${this.#host.localName}> ${this.#askedBy}: the code it needs could not be loaded; ${this.#code.fallback}.`, error);
  }
}

/** What an element renders while its code is on its way: the page's fallback, as before the upgrade. */
export function renderWaiting(): TemplateResult {
  return html`<slot name="fallback"></slot>`;
}
