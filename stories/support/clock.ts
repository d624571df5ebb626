import type { ArgTypes } from '@storybook/web-components-vite';
import type { DirectiveResult } from 'lit/directive.js';
import { ref } from 'lit/directives/ref.js';

/** One choice of the "clock" control: a frozen instant, the live clock, or what is typed in `now`. */
export interface ClockPreset {
  readonly label: string;
  /** ISO 8601 instant the element gets as `now`. */
  readonly now?: string;
  /** The story advances `now` by one second every second, so the designer sees the line flip. */
  readonly runs?: boolean;
}

/**
 * Moments a designer wants to see in one click. All in Dutch time; every widget shows Dutch time.
 * The professional line: Monday to Friday 08:00–20:00, Saturday 10:00–17:00, closed on public holidays.
 */
export const CLOCK_PRESETS = {
  'tuesday-10': { label: 'Tuesday 10:00 (open)', now: '2026-12-01T10:00:00+01:00' },
  'friday-flip': { label: 'Friday 19:59:55 (closes in 5 s, clock runs)', now: '2026-12-04T19:59:55+01:00', runs: true },
  'friday-21': { label: 'Friday 21:00 (after hours)', now: '2026-12-04T21:00:00+01:00' },
  'saturday-1830': { label: 'Saturday 18:30 (closed since 17:00)', now: '2026-12-05T18:30:00+01:00' },
  'sunday-night': { label: 'Sunday night 23:30 (closed)', now: '2026-12-06T23:30:00+01:00' },
  'monday-0700': { label: 'Monday 07:00 (opens at 08:00)', now: '2026-11-30T07:00:00+01:00' },
  'koningsdag-2026': { label: 'Koningsdag 2026 (Monday 27 April, 11:00)', now: '2026-04-27T11:00:00+02:00' },
  'christmas-2026': { label: 'Eerste Kerstdag 2026 (Friday 25 December, 11:00)', now: '2026-12-25T11:00:00+01:00' },
  typed: { label: 'The time typed in "now"' },
  live: { label: 'Live clock (the real time)' },
} as const satisfies Record<string, ClockPreset>;

export type ClockId = keyof typeof CLOCK_PRESETS;

export interface ClockArgs {
  /** Which moment the story shows; see {@link CLOCK_PRESETS}. */
  clock?: ClockId;
  /** Free text, used when `clock` is `typed`. */
  now?: string;
}

/** The "clock" control: a select of presets that sets the element's `now`. */
export const clockArgTypes: ArgTypes<ClockArgs> = {
  clock: {
    name: 'clock',
    description:
      'Sets `now` to a moment in one click (Sunday night, Koningsdag, …). Choose "The time typed in now" to type your own instant in the `now` field, or "Live clock" for the real time.',
    options: Object.keys(CLOCK_PRESETS) as ClockId[],
    control: {
      type: 'select',
      labels: Object.fromEntries(Object.entries(CLOCK_PRESETS).map(([id, preset]) => [id, preset.label])),
    },
    table: { category: 'story controls', defaultValue: { summary: 'typed' } },
  },
};

/** The `now` the element gets for these args: the preset's instant, the typed text, or none (live). */
export function nowFor(args: ClockArgs): string | undefined {
  const preset: ClockPreset = CLOCK_PRESETS[args.clock ?? 'typed'] ?? CLOCK_PRESETS.typed;
  if (args.clock === 'live') return undefined;
  if (preset.now) return preset.now;
  return args.now ? args.now : undefined;
}

const running = new WeakMap<Element, ReturnType<typeof setInterval>>();

/**
 * For the presets whose clock runs: an element binding that moves the element's `now` one second on every
 * second, so the flip (and its announcement and `shn-status-change` event) can be watched. Stops when the
 * element leaves the page or the story re-renders with another clock.
 */
export function runningClock(args: ClockArgs): DirectiveResult {
  const runs = (CLOCK_PRESETS[args.clock ?? 'typed'] as ClockPreset | undefined)?.runs === true;
  return ref((element?: Element) => {
    if (!element) return;
    clearInterval(running.get(element));
    running.delete(element);
    if (!runs) return;
    const timer = setInterval(() => {
      const current = Date.parse(element.getAttribute('now') ?? '');
      if (!element.isConnected || Number.isNaN(current)) {
        clearInterval(timer);
        return;
      }
      element.setAttribute('now', new Date(current + 1000).toISOString());
    }, 1000);
    running.set(element, timer);
  });
}
