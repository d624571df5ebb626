// What a status that shows hours (`audience="professional"`, or `public-line="office-hours"`) says besides
// open or closed now: the hours in words, calling as a professional, the route outside the hours, the
// crisis sentence and the residents' part, in both languages. Loaded on demand (HOURS_TEXT in
// hours-text-code.ts) by every such status, server-rendered ("timeless") or live, so a page whose statuses
// show no hours downloads none of it. The live status (live-status.ts) builds on these pieces: the CDN
// build makes this module a chunk of its own that the live-hours chunk imports.
import { html, nothing, type TemplateResult } from 'lit';
import { EMERGENCY_ROUTE } from '../content/emergency-route.js';
import { PHONE } from '../content/phone.js';
import { PROFESSIONAL_LINE_HOURS } from '../content/professional-line.js';
import { PUBLIC_LINE_CRISIS } from '../content/public-line-crisis.js';
import type { PublicLineReading } from '../content/public-line-readings.js';
import type { Locale } from '../core/locale.js';
import type { OpeningHours } from '../hours/types.js';
import { HOURS_TEXT_STRINGS } from './hours-text.strings.js';
import type { StatusParts } from './status-parts.js';
import { weekText } from './week-text.js';

export { hoursTextStyles } from './hours-text.styles.js';

/** What the hours in words show: whose line, its hours as given, the language. */
export interface WeekState {
  audience: 'public' | 'professional';
  /** The hours as given (unset: the line's own), checked no further (the engine that validates them may be what could not be loaded). */
  hours: OpeningHours | undefined;
  locale: Locale;
  /** The smaller variant inside cards: the professional status then leaves out the residents' part. */
  compact: boolean;
  publicLine: PublicLineReading;
}

/**
 * A status that shows hours but not whether the line is open now (server-rendered HTML, or the live hours
 * could not be loaded): the hours in words and what to do outside them, with no claim about now.
 */
export function renderWeek({ audience, hours, locale, compact, publicLine }: WeekState, parts: StatusParts): TemplateResult {
  const strings = HOURS_TEXT_STRINGS[locale];
  // weekText reads only well-formed ranges, and an empty week falls back to the line's own hours.
  const week = (hours && weekText(hours, locale)) || weekText(PROFESSIONAL_LINE_HOURS, locale);
  if (audience === 'professional') {
    return html`<p class="detail">${strings.weekLine(week)}</p>
      ${renderProfessionalCall(locale, parts)} ${renderEmergencyRoute(locale)} ${compact ? nothing : renderResidentsPart(locale, publicLine, parts)}`;
  }
  return html`<p class="detail">${strings.publicWeekLine(week)}</p>
    <p>${crisis(locale)}</p>
    ${parts.actions()} ${parts.danger()}`;
}

/** Calling the line and the menu option for professionals. */
export function renderProfessionalCall(locale: Locale, parts: StatusParts): TemplateResult {
  return html`<p class="actions">${parts.phone()}</p>
    <p>${HOURS_TEXT_STRINGS[locale].chooseProfessional(PHONE.professionalOption.number)}</p>`;
}

/** The route outside the professional line's hours, as a group named by whom it is for. */
export function renderEmergencyRoute(locale: Locale): TemplateResult {
  return html`<div class="emergency" part="emergency" role="group" aria-labelledby="emergency-title">
    <p class="subheading" id="emergency-title">${EMERGENCY_ROUTE.who[locale]}</p>
    <p>${markDutchTerms(EMERGENCY_ROUTE.how[locale], locale)}</p>
  </div>`;
}

/**
 * The residents' part of a professional status, with its title: with `public-line="office-hours"` it says
 * the line is open in a crisis instead of "day and night".
 */
export function renderResidentsPart(locale: Locale, publicLine: PublicLineReading, parts: StatusParts): TemplateResult {
  const title = html`<span class="subheading">${HOURS_TEXT_STRINGS[locale].everyoneTitle}</span> `;
  return parts.everyone(title, publicLine === 'always' ? undefined : crisis(locale));
}

/** That the residents' line is open in a crisis outside its hours (the content module's words). */
export function crisis(locale: Locale): string {
  return PUBLIC_LINE_CRISIS[locale];
}

/** EMERGENCY_ROUTE's Dutch terms as one pattern, built on first use (not at module evaluation, not per render). */
let dutchTerms: RegExp | undefined;

/** In another language than Dutch, the Dutch words a text cites get lang="nl", so a voice says them right. */
function markDutchTerms(text: string, locale: Locale): string | TemplateResult[] {
  if (locale === 'nl') return text;
  dutchTerms ??= new RegExp(`\\b(${EMERGENCY_ROUTE.dutchTerms.join('|')})\\b`);
  return text.split(dutchTerms).map((piece, index) => (index % 2 === 1 ? html`<span lang="nl">${piece}</span>` : html`${piece}`));
}
