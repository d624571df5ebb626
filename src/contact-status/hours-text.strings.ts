import type { Locale } from '../core/locale.js';

/**
 * The words of a status that shows hours, whether or not it can say that the line is open now: the hours
 * in words, the professionals' menu option, the title of the residents' part. Only the code loaded on demand
 * for such a status imports them (hours-text.ts), in both languages: it needs no second English lookup.
 */
export interface HoursTextStrings {
  chooseProfessional(option: number): string;
  everyoneTitle: string;
  /** The hours in words, when the status does not say whether the line is open now (see week-text.ts). */
  weekLine(week: string): string;
  publicWeekLine(week: string): string;
}

/** Plain language (B1): short sentences, common words. A missing translation is a type error. */
export const HOURS_TEXT_STRINGS: Record<Locale, HoursTextStrings> = {
  nl: {
    chooseProfessional: (option) => `Kies in het keuzemenu voor Professional (optie ${option}).`,
    everyoneTitle: 'Slachtoffer, getuige of nabestaande?',
    weekLine: (week) => `De lijn voor professionals is open op ${week} (Nederlandse tijd).`,
    publicWeekLine: (week) => `De lijn is open op ${week} (Nederlandse tijd).`,
  },
  en: {
    chooseProfessional: (option) => `Choose Professional in the phone menu (option ${option}).`,
    everyoneTitle: 'Victim, witness or bereaved?',
    weekLine: (week) => `The line for professionals is open ${week} (Dutch time).`,
    publicWeekLine: (week) => `The line is open ${week} (Dutch time).`,
  },
};
