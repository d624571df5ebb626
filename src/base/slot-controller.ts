import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { childrenFillSlot } from './slot-content.js';

/**
 * Knows whether the host has light-DOM content for a named slot, and re-renders the host when that
 * changes. Needed because an element that renders a wrapper (a heading) only when there is content
 * cannot wait for `slotchange`: without content the slot is not rendered, so it never fires.
 */
export class SlotPresence implements ReactiveController {
  private observer?: MutationObserver;
  private present = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly name: string,
  ) {
    host.addController(this);
  }

  /** True when the host's children fill the slot (see childrenFillSlot). */
  get has(): boolean {
    return this.present;
  }

  hostConnected(): void {
    this.present = this.check();
    this.observer = new MutationObserver(() => {
      const next = this.check();
      if (next !== this.present) {
        this.present = next;
        this.host.requestUpdate();
      }
    });
    this.observer.observe(this.host, { childList: true, subtree: true, attributes: true, attributeFilter: ['slot'] });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private check(): boolean {
    return childrenFillSlot(this.host, this.name);
  }
}
