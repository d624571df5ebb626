import type { Locale } from '../core/locale.js';

/** When the line changes state, already worded by the caller's relative-day logic. */
export interface When {
  /** 0 = today, 1 = tomorrow, 2–6 = a weekday this week, 7+ = a full date. */
  days: number;
  clock: string;
  weekday: string;
  date: string;
}

/**
 * The words of the live status (open or closed now, until when, what the live region says when the line
 * opens or closes). Only the live-hours code (live-status.ts) imports them, so a page whose statuses show no
 * hours never downloads them; the words every status needs are in contact-status.strings.ts.
 */
export interface LiveStatusStrings {
  openStatus: string;
  closedStatus: string;
  /** The professional line. */
  openUntil(when: When): string;
  opensAgain(when: When): string;
  closedIndefinitely: string;
  closedToday(label: string): string;
  dutchTime: string;
  announceOpen: string;
  announceClosed: string;
  /** The residents' line when it keeps office hours (`public-line="office-hours"`). */
  publicOpenUntil(when: When): string;
  publicOpensAgain(when: When): string;
  publicClosedIndefinitely: string;
  publicAnnounceOpen: string;
  publicAnnounceClosed: string;
}

const nlWhen = (w: When): string => {
  if (w.days <= 0) return `vandaag om ${w.clock} uur`;
  if (w.days === 1) return `morgen om ${w.clock} uur`;
  if (w.days < 7) return `${w.weekday} om ${w.clock} uur`;
  return `${w.date} om ${w.clock} uur`;
};

const enWhen = (w: When): string => {
  if (w.days <= 0) return `today at ${w.clock}`;
  if (w.days === 1) return `tomorrow at ${w.clock}`;
  if (w.days < 7) return `on ${w.weekday} at ${w.clock}`;
  return `on ${w.date} at ${w.clock}`;
};

/** Plain language (B1): short sentences, common words. A missing translation is a type error. */
export const LIVE_STATUS_STRINGS: Record<Locale, LiveStatusStrings> = {
  nl: {
    openStatus: 'Nu open',
    closedStatus: 'Nu gesloten',
    openUntil: (w) => (w.days <= 0 ? `De lijn voor professionals is open tot ${w.clock} uur.` : `De lijn voor professionals is open tot ${nlWhen(w)}.`),
    opensAgain: (w) => `De lijn voor professionals is weer open ${nlWhen(w)}.`,
    closedIndefinitely: 'De lijn voor professionals is voorlopig gesloten.',
    closedToday: (label) => `Vandaag is het ${label}.`,
    dutchTime: '(Nederlandse tijd)',
    announceOpen: 'De lijn voor professionals is nu open.',
    announceClosed: 'De lijn voor professionals is nu gesloten.',
    publicOpenUntil: (w) => (w.days <= 0 ? `De lijn is open tot ${w.clock} uur.` : `De lijn is open tot ${nlWhen(w)}.`),
    publicOpensAgain: (w) => `De lijn is weer open ${nlWhen(w)}.`,
    publicClosedIndefinitely: 'De lijn is voorlopig gesloten.',
    publicAnnounceOpen: 'De lijn is nu open.',
    publicAnnounceClosed: 'De lijn is nu gesloten.',
  },
  en: {
    openStatus: 'Open now',
    closedStatus: 'Closed now',
    openUntil: (w) => (w.days <= 0 ? `The line for professionals is open until ${w.clock}.` : `The line for professionals is open until ${enWhen(w)}.`),
    opensAgain: (w) => `The line for professionals opens again ${enWhen(w)}.`,
    closedIndefinitely: 'The line for professionals is closed until further notice.',
    closedToday: (label) => `Today is ${label}.`,
    dutchTime: '(Dutch time)',
    announceOpen: 'The line for professionals is open now.',
    announceClosed: 'The line for professionals is closed now.',
    publicOpenUntil: (w) => (w.days <= 0 ? `The line is open until ${w.clock}.` : `The line is open until ${enWhen(w)}.`),
    publicOpensAgain: (w) => `The line opens again ${enWhen(w)}.`,
    publicClosedIndefinitely: 'The line is closed until further notice.',
    publicAnnounceOpen: 'The line is open now.',
    publicAnnounceClosed: 'The line is closed now.',
  },
};
