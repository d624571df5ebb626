import { adoptStyles, isServer, LitElement, ReactiveElement, type CSSResult, type CSSResultGroup, type CSSResultOrNative, type PropertyValues } from 'lit';
import { VERSION } from '../core/version.js';
import { warnBadInput, type BadInput } from '../core/warn.js';
import { baseStyles } from './base-styles.js';
import { LangController } from './lang-controller.js';

/** Code an element waits for before it renders in full (see OnDemandController). */
export interface Loader {
  /** True while the code is wanted and still on its way. */
  readonly pending: boolean;
  /** Settles when that code has loaded or failed. */
  readonly settled: Promise<void>;
}

/** The events an element fires: event name → the type of its `detail`. */
export type EventDetails = Record<string, unknown>;

/** A class the define modules can register: ShnElement and its subclasses. */
export interface ElementClass extends CustomElementConstructor {
  readonly shnVersion: string;
  readonly dependencies: Readonly<Record<string, ElementClass>>;
}

/**
 * What every element of the package shares: the package version (so a second copy on the page can be
 * recognised), the base styles, the language of the page, a typed `emit()` and one way to report bad input.
 * Subclasses declare their own `styles` only (the base styles are put in front), their properties in
 * `static properties`, check their input in `willUpdate()` and keep `render()` pure.
 */
export abstract class ShnElement<Events extends EventDetails = Record<never, never>> extends LitElement {
  static readonly shnVersion: string = VERSION;

  /**
   * Elements this one renders in its shadow root, by tag. Declared once here, so the element's define module
   * registers them too and no page can show an unregistered nested tag.
   */
  static readonly dependencies: Readonly<Record<string, ElementClass>> = {};

  /** The base styles, then the subclass's own: each element declares only what is its own. */
  protected static override finalizeStyles(styles?: CSSResultGroup): CSSResultOrNative[] {
    return super.finalizeStyles([baseStyles, styles ?? []]);
  }

  /** The page's language at this element (its nearest `lang`, across shadow roots): `nl` or `en`. */
  protected readonly language = new LangController(this);

  /**
   * True when the element upgraded over HTML rendered on a server (a declarative shadow root, see
   * `@slachtofferhulp/widgets/ssr`): its first render must reproduce that HTML (hydration), and it never
   * shows the page's fallback, since the server's content is there already.
   */
  readonly #serverRendered = !isServer && this.shadowRoot !== null;
  #hydrated = false;

  /**
   * True while this render's HTML may outlive the moment it is made: on a server (the HTML may be cached,
   * or pasted into a CMS), and for the first render over server HTML, which hydration must reproduce. Such
   * a render claims nothing live, such as "open now"; the element renders live right after hydrating.
   */
  protected get timeless(): boolean {
    return isServer || (this.#serverRendered && !this.#hydrated);
  }

  /** Code this element loads on demand; while any of it is on its way, updateComplete waits. */
  readonly #loaders = new Set<Loader>();
  /** The block size the page reserved for this element before it upgraded, in px (-1: not measured). */
  #reservedSpace = -1;
  #holdingSpace = false;

  /**
   * Called by an OnDemandController as the host is constructed; `loaded` says whether its code is on the page
   * already (then the element never waits, and nothing is measured). An element that upgrades in place is
   * constructed while `:not(:defined)` still matches it, so its computed `min-block-size` is the space the
   * page reserved (README, "Embed on your site"). A style read, not a layout read: a page of many widgets
   * upgrading at once must not force a layout per element.
   */
  addLoader(loader: Loader, loaded: boolean): void {
    this.#loaders.add(loader);
    if (this.#reservedSpace >= 0 || loaded || isServer || this.#serverRendered) return;
    this.#reservedSpace = this.isConnected ? parseFloat(getComputedStyle(this).minBlockSize) || 0 : 0;
  }

  /** True while code this render needs is still loading: the element then shows the page's fallback. */
  protected get waiting(): boolean {
    for (const loader of this.#loaders) if (loader.pending) return true;
    return false;
  }

  /**
   * While the element waits for code it needs, it keeps the space the page reserved, so the page does not
   * jump; it gives it back with the first full render. Decided here, over all its loaders at once.
   */
  protected override update(changed: PropertyValues): void {
    // Over server HTML, what the server rendered stays until the code is there: no fallback, no flash. The
    // update cycle still ends (attributes reflected, nothing rendered); the load asks for the next one.
    if (this.#serverRendered && this.waiting) {
      (ReactiveElement.prototype as unknown as { update(changed: PropertyValues): void }).update.call(this, changed);
      return;
    }
    const hold = this.#reservedSpace > 0 && this.waiting;
    if (hold !== this.#holdingSpace) {
      this.#holdingSpace = hold;
      // CSSOM, not a style attribute string: allowed under a strict style-src.
      if (hold) this.style.setProperty('min-block-size', `${this.#reservedSpace}px`);
      else this.style.removeProperty('min-block-size');
    }
    super.update(changed);
    if (this.#serverRendered && !this.#hydrated) {
      // Hydrated: from now on the element renders live (the status says whether the line is open now).
      this.#hydrated = true;
      void Promise.resolve().then(() => this.requestUpdate());
    }
  }

  /** Resolves after the render that has everything it needs: code loaded on demand included. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    // Over server HTML, also the live render that follows hydration.
    while (this.waiting || (this.#serverRendered && this.isUpdatePending)) {
      await Promise.allSettled([...this.#loaders].map((loader) => loader.settled));
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /**
   * Adopts `styles` that came with code loaded on demand (the search box's, the hours in words'), beside the
   * class's own: so a page that never loads that code never downloads its rules. The first element to get
   * them adds them to its class's styles, which every element of the class created from then on adopts as it
   * connects; an element that connected before adopts them once here. On a server the element's stylesheet
   * holds them already (src/ssr/stylesheets.ts).
   */
  protected adoptExtraStyles(styles: CSSResult): void {
    if (isServer) return;
    const all = (this.constructor as typeof LitElement).elementStyles;
    if (!all.includes(styles)) all.push(styles);
    const root = this.renderRoot as ShadowRoot;
    if (!root.adoptedStyleSheets.includes(styles.styleSheet!)) adoptStyles(root, all);
  }

  /** Fires `name` from the element: bubbling and composed, so a host page can listen on any ancestor. */
  protected emit<K extends keyof Events & string>(name: K, detail: Events[K], { cancelable = false } = {}): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
  }

  /** One warning per (attribute, value) for this element, in the house format (see core/warn.ts). */
  protected warnInput(input: Omit<BadInput, 'source'>): void {
    warnBadInput(this, { source: this.localName, ...input });
  }
}
