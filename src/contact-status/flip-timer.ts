import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** setTimeout cannot wait longer than 2^31 − 1 ms (about 24.8 days); longer waits are done in steps. */
const MAX_DELAY = 2 ** 31 - 1;

/**
 * Calls `onDue` once at the instant it was armed for (one timer, no polling), and again whenever the page
 * becomes visible: a laptop waking from sleep may have slept through the instant. Everything is released
 * when the host disconnects. Part of the live-hours code (live-hours.ts re-exports it): only a status with live
 * hours ever arms one, so the element makes its timer when that code arrives, and other pages never load it.
 */
export class FlipTimer implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private dueAt: number | null = null;
  private readonly onVisibility = () => {
    if (document.visibilityState === 'visible') this.onDue();
  };

  constructor(
    host: ReactiveControllerHost,
    private readonly onDue: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.disarm();
  }

  /** Schedules `onDue` at `instant`; `null` cancels. Re-arming for the same instant keeps the running timer. */
  arm(instant: Date | null): void {
    const at = instant?.getTime() ?? null;
    if (at === this.dueAt && this.timer !== undefined) return;
    this.disarm();
    if (at === null) return;
    this.dueAt = at;
    const wait = Math.min(Math.max(at - Date.now(), 0), MAX_DELAY);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.dueAt = null;
      // Timers may fire a little early, or after a capped step of a very long wait: wait out the rest.
      if (Date.now() < at) this.arm(instant);
      else this.onDue();
    }, wait);
  }

  disarm(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.dueAt = null;
  }

  /** True while a timer is pending (for tests of the cleanup). */
  get armed(): boolean {
    return this.timer !== undefined;
  }
}
