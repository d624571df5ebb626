import type { ReactiveControllerHost } from 'lit';
import type { Locale } from '../core/locale.js';
import { nextDutchMidnight } from '../hours/dutch-time.js';
import type { OpeningStatus } from '../hours/types.js';
import { FlipTimer } from './flip-timer.js';
import { liveAnnouncement } from './live-status.js';

/** What the element says and fires when the line has opened or closed since its last render. */
export interface Flip {
  /** The live region's text. */
  announcement: string;
  /** The `shn-status-change` event's detail. */
  detail: { open: boolean; changesAt: Date | null };
}

/** The status of one render, as the tracker needs it. */
export interface Tracked {
  /** Null while the status cannot say whether the line is open (nothing to schedule then). */
  status: OpeningStatus | null;
  audience: 'public' | 'professional';
  locale: Locale;
  at: Date;
  /** False when `now` froze the clock, or the element is not on the page: nothing to schedule. */
  schedule: boolean;
}

/**
 * Follows one status from the moment its live hours are there: re-renders it at the next instant its text
 * changes (FlipTimer: the flip, or Dutch midnight when the text says "morgen"), and reports a flip of the
 * line since the last render. Part of the live-hours code, so a status that never shows hours carries none of it.
 */
export class LiveTracker {
  readonly #timer: FlipTimer;
  #lastOpen: boolean | undefined;

  /** Lit connects a controller added to a connected host at once (the timer's visibility listener). */
  constructor(host: ReactiveControllerHost, onDue: () => void) {
    this.#timer = new FlipTimer(host, onDue);
  }

  /** Called with every render's status; the flip when the line opened or closed since the last one. */
  track({ status, audience, locale, at, schedule }: Tracked): Flip | null {
    if (!status) {
      this.#timer.arm(null);
      return null;
    }
    const flipped = this.#lastOpen !== undefined && this.#lastOpen !== status.open;
    this.#lastOpen = status.open;
    this.#timer.arm(schedule ? nextRenderAt(status, at) : null);
    return flipped ? { announcement: liveAnnouncement(audience, status.open, locale), detail: { open: status.open, changesAt: status.changesAt } } : null;
  }
}

/**
 * When the text must change next: at the flip, or earlier at Dutch midnight when the text words the flip
 * relative to today ("morgen om 08:00" becomes "vandaag om 08:00").
 */
export function nextRenderAt(status: OpeningStatus, at: Date): Date | null {
  if (!status.changesAt) return null;
  const midnight = nextDutchMidnight(at);
  return midnight < status.changesAt ? midnight : status.changesAt;
}
