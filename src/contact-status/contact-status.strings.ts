import type { Locale } from '../content/index.js';

/**
 * The words a status shows without the live hours: the residents' line day and night, calling, the website,
 * and the hours in words. What only the live status says (open or closed now, until when, the announcements)
 * is in live-status.strings.ts, which travels with the live-hours code.
 */
export interface ContactStatusStrings {
  publicStatus: string;
  call(number: string): string;
  chooseProfessional(option: number): string;
  everyoneTitle: string;
  everyoneBody: string;
  website: string;
  /** The hours in words, when the status cannot say whether the line is open now (see week-text.ts). */
  weekLine(week: string): string;
  publicWeekLine(week: string): string;
}

/** Plain language (B1): short sentences, common words. A missing translation is a type error. */
export const CONTACT_STATUS_STRINGS: Record<Locale, ContactStatusStrings> = {
  nl: {
    publicStatus: 'Dag en nacht bereikbaar',
    call: (number) => `Bel ${number}`,
    chooseProfessional: (option) => `Kies in het keuzemenu voor Professional (optie ${option}).`,
    everyoneTitle: 'Slachtoffer, getuige of nabestaande?',
    everyoneBody: 'U kunt dag en nacht contact opnemen met Slachtofferhulp.',
    website: 'slachtofferhulp.nl',
    weekLine: (week) => `De lijn voor professionals is open op ${week} (Nederlandse tijd).`,
    publicWeekLine: (week) => `De lijn is open op ${week} (Nederlandse tijd).`,
  },
  en: {
    publicStatus: 'Available day and night',
    call: (number) => `Call ${number}`,
    chooseProfessional: (option) => `Choose Professional in the phone menu (option ${option}).`,
    everyoneTitle: 'Victim, witness or bereaved?',
    everyoneBody: 'You can contact Slachtofferhulp day and night.',
    website: 'slachtofferhulp.nl',
    weekLine: (week) => `The line for professionals is open ${week} (Dutch time).`,
    publicWeekLine: (week) => `The line is open ${week} (Dutch time).`,
  },
};
