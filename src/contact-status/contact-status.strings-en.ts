import type { ContactStatusStrings } from './contact-status.strings.js';

/** The status's own strings in English (Dutch and the interface: contact-status.strings.ts), part of src/texts/. */
export const CONTACT_STATUS_STRINGS_EN: ContactStatusStrings = {
  publicStatus: 'Available day and night',
  call: (number) => `Call ${number}`,
  everyoneBody: 'You can contact Slachtofferhulp day and night.',
  website: 'slachtofferhulp.nl',
};
