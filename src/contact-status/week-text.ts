import type { Locale } from '../core/locale.js';
import type { IsoWeekday, OpeningHours, TimeRange } from '../hours/types.js';

const DAYS: Record<Locale, readonly string[]> = {
  nl: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

const WORDS: Record<Locale, { through: string; and: string; suffix: string }> = {
  nl: { through: ' tot en met ', and: ' en ', suffix: ' uur' },
  en: { through: ' to ', and: ' and ', suffix: '' },
};

/**
 * The week of `hours` in words, without the opening-hours engine (and so without luxon): "maandag tot en met
 * vrijdag 08:00–20:00 uur en zaterdag 10:00–17:00 uur". Days in a row with the same ranges go together. What
 * a status shows when it does not, or cannot yet, say whether the line is open now. '' when no day has
 * well-formed hours. DOM-free.
 */
export function weekText(hours: OpeningHours, locale: Locale): string {
  const words = WORDS[locale];
  // Hours set from JavaScript reach this unvalidated (the engine that checks them may be what failed to
  // load): only well-formed ranges count, and nothing here can throw.
  const weekly: Partial<Record<IsoWeekday, unknown>> = hours?.weekly ?? {};
  const rangesOf = (day: number) => {
    const ranges = weekly[day as IsoWeekday];
    return (Array.isArray(ranges) ? ranges : [])
      .filter((range): range is TimeRange => typeof range?.from === 'string' && typeof range?.to === 'string')
      .map((range) => `${range.from}–${range.to}`)
      .join(', ');
  };
  const groups: { first: number; last: number; ranges: string }[] = [];
  for (let day = 1; day <= 7; day += 1) {
    const ranges = rangesOf(day);
    if (!ranges) continue;
    const previous = groups[groups.length - 1];
    if (previous && previous.last === day - 1 && previous.ranges === ranges) previous.last = day;
    else groups.push({ first: day, last: day, ranges });
  }
  const parts = groups.map(({ first, last, ranges }) => {
    const days = first === last ? DAYS[locale][first - 1] : `${DAYS[locale][first - 1]}${words.through}${DAYS[locale][last - 1]}`;
    return `${days} ${ranges}${words.suffix}`;
  });
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')}${words.and}${parts[parts.length - 1]}`;
}
