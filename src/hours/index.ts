/**
 * Opening-hours engine: DOM-free, zone-exact, with Dutch public holidays. See README.md in this folder.
 * @module
 */
export { getStatus, nextOpening, validateOpeningHours } from './status.js';
export { dutchHolidays } from './holidays.js';
export { DUTCH_ZONE } from './types.js';
export type {
  DutchHoliday,
  DutchHolidayId,
  IsoWeekday,
  OpeningException,
  OpeningHours,
  OpeningStatus,
  TimeRange,
} from './types.js';
