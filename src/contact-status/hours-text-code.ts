import type { OnDemandCode } from '../base/on-demand.js';

/** The hours in words and what to do outside them (hours-text.ts): what a status that shows hours always loads. */
export type HoursText = typeof import('./hours-text.js');

/**
 * Loaded the first time a status that shows hours is on the page, server-rendered or live; one import for
 * every status (OnDemandController). When it cannot be loaded such a status shows calling and the website
 * (and 112 for residents): no hours, and no claim about now.
 */
export const HOURS_TEXT: OnDemandCode<HoursText> = {
  load: () => import('./hours-text.js'),
  attribute: 'audience',
  fallback: 'showing only the phone number and the website',
};
