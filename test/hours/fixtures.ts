import type { OpeningHours, TimeRange } from '../../src/hours/index.js';

const weekday: TimeRange[] = [{ from: '08:00', to: '20:00' }];

/** The professional line (factsheet): Mon–Fri 08:00–20:00, Sat 10:00–17:00, Dutch time, closed on days off. */
export const PROFESSIONAL: OpeningHours = {
  zone: 'Europe/Amsterdam',
  weekly: { 1: weekday, 2: weekday, 3: weekday, 4: weekday, 5: weekday, 6: [{ from: '10:00', to: '17:00' }] },
  publicHolidays: 'closed',
};

const allDay: TimeRange[] = [{ from: '00:00', to: '24:00' }];
export const ALWAYS_OPEN: OpeningHours = {
  weekly: { 1: allDay, 2: allDay, 3: allDay, 4: allDay, 5: allDay, 6: allDay, 7: allDay },
  publicHolidays: 'open',
};

export const utc = (iso: string): Date => new Date(iso);
export const ms = (date: Date | null): number | null => (date === null ? null : date.getTime());

const wallFormats = new Map<string, Intl.DateTimeFormat>();

/** 'YYYY-MM-DD HH:mm' in a zone, by Intl alone, as an engine-independent check. */
export function wallClock(instant: Date, zone = 'Europe/Amsterdam'): string {
  let format = wallFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    wallFormats.set(zone, format);
  }
  const part = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}`;
}
