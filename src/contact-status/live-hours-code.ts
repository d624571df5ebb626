import type { OnDemandCode } from '../base/on-demand.js';

/** The live opening hours (live-hours.ts): what a status loads when it says whether the line is open now. */
export type LiveHours = typeof import('./live-hours.js');

/** Loaded the first time a status on the page shows hours; one import for every status (OnDemandController). */
export const LIVE_HOURS: OnDemandCode<LiveHours> = {
  load: () => import('./live-hours.js'),
  attribute: 'audience',
  fallback: 'showing the hours without saying whether the line is open now',
};
