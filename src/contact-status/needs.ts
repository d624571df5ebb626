import type { PublicLineReading } from '../content/public-line.js';

/** Code a contact status loads on demand, by its group name in the CDN's integrity.json (`onDemand`). */
export type StatusNeed = 'live-hours';

/**
 * What a status with these settings loads on demand: the live opening hours (the engine and luxon) when it
 * says whether the line is open now, that is for `audience="professional"` or for the residents' line read
 * as keeping office hours. The one rule for the element and the embed configurator. DOM-free.
 */
export function statusNeeds({ audience, publicLine }: { audience?: string; publicLine?: string }): StatusNeed[] {
  const reading: PublicLineReading = publicLine === 'office-hours' ? 'office-hours' : 'always';
  return audience === 'professional' || reading === 'office-hours' ? ['live-hours'] : [];
}
