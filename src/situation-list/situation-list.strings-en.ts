import type { SituationListStrings } from './situation-list.strings.js';

/** The list's own strings in English (Dutch and the interface: situation-list.strings.ts). */
export const SITUATION_LIST_STRINGS_EN: SituationListStrings = {
  crisisAdvice: 'Talk about it with 113 Suicide Prevention. It is free, day and night.',
  crisisCall: (number) => `Call ${number}`,
  crisisChat: (site) => `Chat at ${site}`,
};
