// The live status of <shn-contact-status>: open or closed now, until when (in Dutch time), and what the live
// region says when the line opens or closes. Part of the live-hours code (live-hours.ts re-exports it), so a
// page whose statuses show no hours downloads neither these templates nor their words. What a status that
// shows hours says either way (calling as a professional, the route outside the hours, the crisis sentence,
// the residents' part) comes from hours-text.ts, the code such a status loads in any case; the pieces every
// status shows (the status line, calling, the website, 112) stay in the element, which hands them in.
import { html, nothing, type TemplateResult } from 'lit';
import type { PublicLineReading } from '../content/public-line-readings.js';
import type { Locale } from '../core/locale.js';
import { dutchDaysBetween, formatDutchClock, formatDutchDate, formatDutchWeekday, formatDutchYear, visitorClockDiffers } from '../hours/dutch-time.js';
import { dutchHolidays } from '../hours/index.js';
import type { OpeningStatus } from '../hours/types.js';
import { crisis, renderEmergencyRoute, renderProfessionalCall, renderResidentsPart } from './hours-text.js';
import type { StatusParts } from './status-parts.js';
import { LIVE_STATUS_STRINGS, type When } from './live-status.strings.js';

/** What the live status shows: the line, its status at `at`, and the language. */
export interface LiveStatusState {
  /** `professional`: the line for professionals; `public`: the residents' line read as keeping office hours. */
  audience: 'public' | 'professional';
  status: OpeningStatus;
  at: Date;
  locale: Locale;
  /** The smaller variant inside cards: the closed professional status then leaves out the residents' part. */
  compact: boolean;
  /** How the residents' line reads, for the residents' part of the closed professional status. */
  publicLine: PublicLineReading;
}

/** The pieces the element renders for every status (status-parts.ts). */
export type LiveStatusParts = StatusParts;

/** The live status: open (until when) or closed (and when it opens again), for professionals or residents. */
export function renderLiveStatus(state: LiveStatusState, parts: LiveStatusParts): TemplateResult {
  return state.audience === 'professional' ? renderProfessional(state, parts) : renderPublicHours(state, parts);
}

/** What the live region says when the line has just opened or closed. */
export function liveAnnouncement(audience: 'public' | 'professional', open: boolean, locale: Locale): string {
  const strings = LIVE_STATUS_STRINGS[locale];
  if (audience === 'public') return open ? strings.publicAnnounceOpen : strings.publicAnnounceClosed;
  return open ? strings.announceOpen : strings.announceClosed;
}

function renderProfessional({ status, at, locale, compact, publicLine }: LiveStatusState, parts: LiveStatusParts): TemplateResult {
  const strings = LIVE_STATUS_STRINGS[locale];
  const dutchNote = needsDutchTimeNote(at, status) ? ` ${strings.dutchTime}` : '';
  if (status.open) {
    const until = status.changesAt ? strings.openUntil(when(status.changesAt, at, locale)) : '';
    return html`${parts.statusLine(strings.openStatus)}
      <p class="detail">${addNote(until, dutchNote)}</p>
      ${renderProfessionalCall(locale, parts)}`;
  }
  const label = closedLabel(status, at, locale);
  const next = status.changesAt ? strings.opensAgain(when(status.changesAt, at, locale)) : strings.closedIndefinitely;
  return html`${parts.statusLine(strings.closedStatus)}
    <p class="detail">${label ? `${strings.closedToday(label)} ` : ''}${addNote(next, status.changesAt ? dutchNote : '')}</p>
    ${renderEmergencyRoute(locale)} ${compact ? nothing : renderResidentsPart(locale, publicLine, parts)}`;
}

/**
 * The residents' line read as keeping office hours (`public-line="office-hours"`): open or closed live;
 * when closed, when it opens again and that it is open in a crisis. Calling and the website stay.
 */
function renderPublicHours({ status, at, locale }: LiveStatusState, parts: LiveStatusParts): TemplateResult {
  const strings = LIVE_STATUS_STRINGS[locale];
  const dutchNote = needsDutchTimeNote(at, status) ? ` ${strings.dutchTime}` : '';
  if (status.open) {
    const until = status.changesAt ? strings.publicOpenUntil(when(status.changesAt, at, locale)) : '';
    return html`${parts.statusLine(strings.openStatus)}
      <p class="detail">${addNote(until, dutchNote)}</p>
      ${parts.actions()} ${parts.danger()}`;
  }
  const label = closedLabel(status, at, locale);
  const next = status.changesAt ? strings.publicOpensAgain(when(status.changesAt, at, locale)) : strings.publicClosedIndefinitely;
  return html`${parts.statusLine(strings.closedStatus)}
    <p class="detail">${label ? `${strings.closedToday(label)} ` : ''}${addNote(next, status.changesAt ? dutchNote : '')}</p>
    <p>${crisis(locale)}</p>
    ${parts.actions()} ${parts.danger()}`;
}

/** Appends the "(Dutch time)" note before the sentence's full stop. */
function addNote(sentence: string, note: string): string {
  return note && sentence.endsWith('.') ? `${sentence.slice(0, -1)}${note}.` : sentence;
}

/** An instant in the words the strings need: days from `at`, clock, weekday and date, all in Dutch time. */
export function when(instant: Date, at: Date, locale: Locale): When {
  return {
    days: dutchDaysBetween(at, instant),
    clock: formatDutchClock(instant, locale),
    weekday: formatDutchWeekday(instant, locale),
    date: formatDutchDate(instant, locale),
  };
}

/** Why the line is closed today, in `locale`: the exception's label or the holiday's name; undefined for the weekly schedule. */
export function closedLabel(status: OpeningStatus, at: Date, locale: Locale): string | undefined {
  if (status.reason === 'exception') return status.label;
  if (status.reason !== 'holiday') return undefined;
  if (locale === 'nl' || !status.holidayId) return status.label;
  // The engine names holidays in Dutch; look up the English name of the same holiday.
  const year = Number(formatDutchYear(at));
  return dutchHolidays(year).find((holiday) => holiday.id === status.holidayId)?.name.en ?? status.label;
}

/** True when the visitor's clock differs from Dutch clocks at these instants: the text then says "Dutch time". */
export function needsDutchTimeNote(at: Date, status: OpeningStatus): boolean {
  return visitorClockDiffers(status.changesAt ? [at, status.changesAt] : [at]);
}
