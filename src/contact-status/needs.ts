import type { PublicLineReading } from '../content/public-line-readings.js';
import { toLocale } from '../core/locale.js';

/** Code a contact status loads on demand, by its group name in the CDN's integrity.json (`onDemand`). */
export type StatusNeed = 'texts-en' | 'hours-text' | 'live-hours';

/**
 * What a status with these settings loads on demand: its English where its language (its nearest `lang`)
 * is English; and for a status that shows hours (`audience="professional"`, or the residents' line read as
 * keeping office hours) the hours in words, which it shows also when server-rendered, and the live opening
 * hours (the engine and luxon), which say whether the line is open now. The one rule for the element and
 * the embed configurator. DOM-free.
 */
export function statusNeeds({ audience, publicLine, lang = '' }: { audience?: string; publicLine?: string; lang?: string }): StatusNeed[] {
  const needs: StatusNeed[] = toLocale(lang) === 'en' ? ['texts-en'] : [];
  return showsHours(audience, publicLine) ? [...needs, 'hours-text', 'live-hours'] : needs;
}

/** Whether a status shows hours: the professional line, or the residents' line read as keeping office hours. */
export function showsHours(audience?: string, publicLine?: string): boolean {
  const reading: PublicLineReading = publicLine === 'office-hours' ? 'office-hours' : 'always';
  return audience === 'professional' || reading === 'office-hours';
}
