import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Knows, for each of the named slots ('' is the default slot), whether the host's children fill it, and
 * re-renders the host when that changes. It reads the light DOM, not the slot: an element that renders a
 * wrapper (a heading, a box) only when there is content cannot wait for `slotchange`, because without
 * content the slot is not rendered and never fires; and so the first render is right without a second pass.
 * White space between tags does not count, so a card written over several lines of HTML gets no empty gap.
 */
export class SlotController implements ReactiveController {
  #observer?: MutationObserver;
  readonly #filled = new Set<string>();

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #names: readonly string[];

  constructor(host: ReactiveControllerHost & HTMLElement, names: readonly string[]) {
    this.#host = host;
    this.#names = names;
    host.addController(this);
  }

  /** True when the host's children fill the slot `name` ('' for the default slot). */
  has(name: string): boolean {
    return this.#filled.has(name);
  }

  hostConnected(): void {
    this.#check();
    this.#observer = new MutationObserver(() => {
      if (this.#check()) this.#host.requestUpdate();
    });
    // subtree + attributes: a child that gains or loses its slot attribute moves between slots.
    this.#observer.observe(this.#host, { childList: true, subtree: true, attributes: true, attributeFilter: ['slot'] });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  /** Re-reads every slot; true when any changed. */
  #check(): boolean {
    let changed = false;
    for (const name of this.#names) {
      const filled = childrenFillSlot(this.#host, name);
      if (filled === this.#filled.has(name)) continue;
      changed = true;
      if (filled) this.#filled.add(name);
      else this.#filled.delete(name);
    }
    return changed;
  }
}

/** The host's own children that go to the slot `name` ('' for the default slot). */
function childrenFillSlot(host: Element, name: string): boolean {
  return Array.from(host.childNodes).some((node) => {
    if (node.nodeType === Node.ELEMENT_NODE) return ((node as Element).getAttribute('slot') ?? '') === name;
    return name === '' && node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '';
  });
}
