/**
 * The words every status shows, the 24/7 residents' status included: the line day and night, calling, the
 * website. The hours in words and what to do outside them are in hours-text.strings.ts (on demand, with
 * the code that shows hours); open or closed now in live-status.strings.ts (on demand, with the live hours).
 */
export interface ContactStatusStrings {
  publicStatus: string;
  call(number: string): string;
  everyoneBody: string;
  website: string;
}

/**
 * Plain language (B1): short sentences, common words. English is in contact-status.strings-en.ts, which a
 * status loads only when it shows English (src/texts/); both must fill this interface.
 */
export const CONTACT_STATUS_STRINGS_NL: ContactStatusStrings = {
  publicStatus: 'Dag en nacht bereikbaar',
  call: (number) => `Bel ${number}`,
  everyoneBody: 'U kunt dag en nacht contact opnemen met Slachtofferhulp.',
  website: 'slachtofferhulp.nl',
};
