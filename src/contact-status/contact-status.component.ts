import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { EMERGENCY_NUMBER } from '../content/emergency-number.js';
import { resolveUrl } from '../content/overrides.js';
import { PHONE } from '../content/phone.js';
import { PUBLIC_LINE_READINGS, type PublicLineReading } from '../content/public-line-readings.js';
import { INSTANT_HINT, parseInstant } from '../core/instant.js';
import type { Locale } from '../core/locale.js';
import { safeLink } from '../core/safe-link.js';
import { oneOf } from '../core/warn.js';
import { renderDangerLine } from '../base/danger-line.js';
import { OnDemandController, preload, renderWaiting } from '../base/on-demand.js';
import { ShnElement } from '../base/shn-element.js';
import type { OpeningHours, OpeningStatus } from '../hours/types.js';
import { ENGLISH_TEXTS_CODE } from '../texts/english.js';
import { HOURS_TEXT, type HoursText } from './hours-text-code.js';
import { LIVE_HOURS, type LiveHours } from './live-hours-code.js';
import type { LiveTracker } from './live-tracker.js';
import { showsHours as statusShowsHours } from './needs.js';
import type { StatusParts } from './status-parts.js';
import { contactStatusStyles } from './contact-status.styles.js';
import { CONTACT_STATUS_STRINGS_NL, type ContactStatusStrings } from './contact-status.strings.js';

// The types the element's properties name, exported beside it so tools reading custom-elements.json can import them.
export type { OpeningHours };

export type ContactStatusAudience = 'public' | 'professional';
const AUDIENCES: readonly ContactStatusAudience[] = ['public', 'professional'];

export type PublicHolidays = 'closed' | 'open';
const PUBLIC_HOLIDAYS: readonly PublicHolidays[] = ['closed', 'open'];

/** How the residents' line is read: `always` (the factsheet's 24/7, default) or `office-hours` (see content/public-line.ts). */
export type PublicLine = PublicLineReading;

/**
 * The line's state, as the reflected `state` attribute shows it: `unknown` while the live hours are loading,
 * or when they cannot be loaded (the element then shows the hours without saying whether the line is open).
 */
export type ContactStatusState = 'open' | 'closed' | 'unknown';

export interface StatusChangeDetail {
  open: boolean;
  changesAt: Date | null;
}

interface Evaluated {
  audience: ContactStatusAudience;
  /** The checked `public-line`: how the residents' line (and the residents' part of the professional status) reads. */
  publicLine: PublicLine;
  /** The status's words and their language: Dutch, or English once that is loaded (Dutch when it cannot be). */
  strings: ContactStatusStrings;
  locale: Locale;
  /** True for a status that shows hours: `audience="professional"`, or `public-line="office-hours"`. */
  showsHours: boolean;
  /** The hours in words (on demand), when this status shows hours and that code is there. */
  text: HoursText | null;
  /** Null when this status shows hours but the live hours code is not there (loading, failed, or timeless HTML). */
  status: OpeningStatus | null;
  /** The live hours code, when this status uses it and it is there. */
  live: LiveHours | null;
  at: Date;
  /** True when `now` froze the clock: nothing to schedule then. */
  frozen: boolean;
}

/**
 * Tells a visitor whether Slachtofferhulp's line is staffed right now, in Dutch time, and what to do either way.
 *
 * @summary Live opening status of the Slachtofferhulp phone line (0900-0101), in Dutch time.
 *
 * @attr {'public'|'professional'} audience - `public` (default): victims, witnesses and bereaved; what they read follows `public-line`. `professional`: the line for professionals (Mon–Fri 08:00–20:00, Sat 10:00–17:00, closed on public holidays), with the emergency route when closed. Unknown values warn and fall back to `public`. A status that shows hours (`professional`, or `public-line="office-hours"`) loads the opening-hours code (with luxon) the first time one is on the page: until then it shows the page's fallback and keeps the space the page reserved, and `updateComplete` waits; if the code cannot be loaded it shows the hours in words, without saying whether the line is open now, and warns once.
 * @attr {'always'|'office-hours'} public-line - How the residents' line reads; the sources conflict (README → Content). `always` (default): the factsheet's wording, day and night, never closed. `office-hours`: the line keeps the same hours as the professional line (Mon–Fri 08:00–20:00, Sat 10:00–17:00 Dutch time, closed on public holidays unless `public-holidays="open"`), so `audience="public"` shows open or closed live and, when closed, when it opens again, that in a crisis the line is also open outside these hours, the website and 112. Also sets what the residents' part of the closed professional status says. Unknown values warn and fall back to `always`.
 * @attr {string} now - An ISO 8601 instant (`2026-04-27T10:00:00+02:00`) that freezes the clock, for previews and tests. Unparsable values warn and fall back to the live clock.
 * @attr {'closed'|'open'} public-holidays - Whether the line is closed (default) or open on Dutch public holidays: the professional line, and the residents' line with `public-line="office-hours"`. Unknown values warn and fall back to `closed`.
 * @attr {boolean} compact - A smaller variant for inside cards: status, number and, when closed, the emergency route.
 * @attr {'open'|'closed'|'unknown'} state - Reflected, read-only: the current state, so a host page can style it. `unknown` while the live hours load (the element then still shows the page's fallback) or when they cannot be loaded (it then shows the hours in words, without saying whether the line is open now). Server-rendered HTML (`@slachtofferhulp/widgets/ssr`) has no `state`: it shows the hours in words until the script makes it live.
 * @attr {string} lang - Language (`nl` default, `en`); inherited from the nearest ancestor with `lang`, across shadow roots.
 *
 * @fires {CustomEvent<StatusChangeDetail>} shn-status-change - When the line opens or closes while the element is on the page. Bubbles and is composed. `detail`: `{ open, changesAt }`.
 *
 * @csspart base - The outer box.
 * @csspart status - The line saying open or closed.
 * @csspart indicator - The coloured dot before the status (decorative).
 * @csspart phone - The phone number link.
 * @csspart website - The link to slachtofferhulp.nl.
 * @csspart emergency - The emergency route for police, GGD GHOR and municipalities.
 * @csspart danger - The line "Bij direct gevaar: bel 112." with its `tel:112` link. Shown wherever residents read the status: always with `audience="public"`, and in the residents' part of the closed professional status. Not in the open professional status nor in the compact professional status inside the professional and municipality cards: only professionals read those, and there it would be noise.
 *
 * @cssprop --shn-contact-status-background-color - Box background.
 * @cssprop --shn-contact-status-color - Text colour.
 * @cssprop --shn-contact-status-border-color - Box border colour.
 * @cssprop --shn-contact-status-border-width - Box border width. Default `1px`.
 * @cssprop --shn-contact-status-border-radius - Box corner radius.
 * @cssprop --shn-contact-status-padding-block - Box padding, block direction.
 * @cssprop --shn-contact-status-padding-inline - Box padding, inline direction.
 * @cssprop --shn-contact-status-status-font-size - Size of the status line. Default `1.125em`.
 * @cssprop --shn-contact-status-status-font-weight - Weight of the status line. Default `700`.
 * @cssprop --shn-contact-status-indicator-background-color-open - Dot colour when open.
 * @cssprop --shn-contact-status-indicator-background-color-closed - Dot colour when closed.
 * @cssprop --shn-contact-status-emergency-background-color - Emergency block background.
 * @cssprop --shn-contact-status-emergency-border-color - Emergency block border.
 * @cssprop --shn-contact-status-emergency-border-width - Emergency block border width. Default `4px`.
 */
export class ShnContactStatus extends ShnElement<{ 'shn-status-change': StatusChangeDetail }> {
  static override styles = contactStatusStyles;
  static override properties: PropertyDeclarations = {
    audience: {},
    now: {},
    publicHolidays: { attribute: 'public-holidays' },
    publicLine: { attribute: 'public-line' },
    compact: { type: Boolean, reflect: true },
    hours: { attribute: false },
  };

  /** Who is looking: `public` (default) or `professional`. */
  audience: ContactStatusAudience = 'public';

  /** Frozen clock as an ISO 8601 instant; unset for the live clock. */
  now?: string;

  /** `closed` (default) or `open` on Dutch public holidays. */
  publicHolidays: PublicHolidays = 'closed';

  /** `always` (default) or `office-hours`: how the residents' line reads. */
  publicLine: PublicLine = 'always';

  /** Smaller variant for inside cards. */
  compact = false;

  /**
   * Opening hours of the line (JavaScript property only): of the professional line, and of the residents'
   * line with `public-line="office-hours"` (the same number). Unset (the default): the content module's
   * `PROFESSIONAL_LINE_HOURS`, which the opening-hours code brings along when the status shows hours.
   * Invalid hours warn and fall back to the default.
   */
  hours?: OpeningHours;

  /**
   * What the live region says: empty until the line opens or closes while the element is on the page. Not
   * reactive: only willUpdate sets it, for the render that follows.
   */
  #announcement = '';

  /**
   * Flips the status at the next instant it changes and notices when the line opened or closed. Part of the
   * live-hours code: made the first time that code is there, as only a status with live hours ever flips.
   */
  #tracker: LiveTracker | undefined;
  // The rules of needs.ts (statusNeeds, showsHours), which the embed snippet follows to preload the same code.
  readonly #english = new OnDemandController(this, ENGLISH_TEXTS_CODE);
  readonly #hoursText = new OnDemandController(this, HOURS_TEXT);
  readonly #liveHours = new OnDemandController(this, LIVE_HOURS);
  #evaluated: Evaluated = {
    audience: 'public',
    publicLine: 'always',
    strings: CONTACT_STATUS_STRINGS_NL,
    locale: 'nl',
    showsHours: false,
    text: null,
    at: new Date(0),
    frozen: true,
    status: ALWAYS_OPEN,
    live: null,
  };
  #pendingEvent: StatusChangeDetail | undefined;

  /**
   * The current state (`open` or `closed`), also reflected as the `state` attribute so a host page can style it.
   * @readonly
   */
  get state(): ContactStatusState {
    const { status } = this.#evaluated;
    return status ? (status.open ? 'open' : 'closed') : 'unknown';
  }

  // Writing `state` has no effect (the element sets it), and `never` makes it a type error. The setter exists
  // so that code or a framework that assigns every prop cannot make it throw in strict mode.
  set state(_ignored: never) {}

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'state'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    // `state` is the element's to write: a page that changes it gets it back at once.
    if (name === 'state') {
      if (this.hasUpdated && value !== this.state) this.setAttribute('state', this.state);
      return;
    }
    super.attributeChangedCallback(name, old, value);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A re-attached element must check the clock again: it may have been away for hours.
    this.requestUpdate();
  }

  protected override willUpdate(): void {
    this.#evaluated = this.#evaluate();
    const { status, live, audience, locale, at, frozen } = this.#evaluated;
    // Once the live hours are there the tracker follows the status, also after a change to one without hours.
    if (live) this.#tracker ??= new live.LiveTracker(this, () => this.refresh());
    const flip = this.#tracker?.track({ status, audience, locale, at, schedule: live !== null && !frozen && this.isConnected });
    if (!flip) return;
    this.#announcement = flip.announcement;
    this.#pendingEvent = flip.detail;
  }

  protected override updated(): void {
    if (this.getAttribute('state') !== this.state) this.setAttribute('state', this.state);
    const detail = this.#pendingEvent;
    if (!detail) return;
    this.#pendingEvent = undefined;
    this.emit('shn-status-change', detail);
  }

  /** Re-evaluates the status now (the flip timer and visibility changes call this). */
  refresh(): void {
    this.requestUpdate();
  }

  #frozenInstant(): Date | null {
    if (this.now == null || this.now === '') return null;
    const at = parseInstant(this.now);
    if (at) return at;
    this.warnInput({
      attribute: 'now',
      value: this.now,
      fallback: 'using the live clock',
      hint: INSTANT_HINT,
    });
    return null;
  }

  #evaluate(): Evaluated {
    const frozenAt = this.#frozenInstant();
    const at = frozenAt ?? new Date();
    const frozen = frozenAt !== null;
    const audience = oneOf(this, 'audience', this.audience, AUDIENCES, 'public');
    // Checked for every audience, so a typo warns even where it has no effect yet.
    const publicHolidays = oneOf(this, 'public-holidays', this.publicHolidays, PUBLIC_HOLIDAYS, 'closed');
    const publicLine = oneOf(this, 'public-line', this.publicLine, PUBLIC_LINE_READINGS, 'always');
    const english = this.#english.need(this.language.locale === 'en', 'lang="en"');
    const words = english ? { strings: english.status, locale: 'en' as const } : { strings: CONTACT_STATUS_STRINGS_NL, locale: 'nl' as const };
    const showsHours = statusShowsHours(audience, publicLine);
    const askedBy = audience === 'professional' ? 'audience="professional"' : 'public-line="office-hours"';
    const text = this.#hoursText.need(showsHours, askedBy) ?? null;
    if (text) this.adoptExtraStyles(text.hoursTextStyles);
    // HTML that may outlive this moment (server, hydration) shows the hours in words, never "open now".
    const wantsLive = showsHours && !this.timeless;
    // The live hours build on the hours in words: asked for once those are there, so that a status whose
    // words cannot be loaded warns once, not twice. Their download starts now all the same, beside them.
    if (wantsLive && this.#hoursText.pending) void preload(LIVE_HOURS);
    const live = this.#liveHours.need(wantsLive && text !== null, askedBy) ?? null;
    const base = { audience, publicLine, ...words, showsHours, text, at, frozen };
    if (!showsHours) return { ...base, status: ALWAYS_OPEN, live: null };
    if (!live || !text) return { ...base, status: null, live: null };
    // The professional line, or the residents' line read as keeping office hours: the same line, the same hours.
    const warn = (value: string) => this.warnInput({ attribute: 'hours', value, fallback: 'using the default hours of the professional line' });
    return { ...base, status: live.statusFor(this.hours, publicHolidays, at, warn), live };
  }

  protected override render(): TemplateResult {
    if (this.waiting) return renderWaiting();
    const { audience, publicLine, locale, showsHours, text, status, at, live } = this.#evaluated;
    // The pieces handed to the code on demand are made only for a status that shows hours.
    const body = !showsHours
      ? this.#renderPublic()
      : !text
        ? this.#renderContactOnly()
        : live && status
          ? live.renderLiveStatus({ audience, status, at, locale, compact: this.compact, publicLine }, this.#parts())
          : text.renderWeek({ audience, hours: this.hours, locale, compact: this.compact, publicLine }, this.#parts());
    // The live region, for a status that can flip: there from its first render with hours, empty until the
    // line opens or closes (its rules come with the hours, hours-text.styles.ts).
    const region = text || this.#tracker ? html`<p class="visually-hidden" role="status">${this.#announcement}</p>` : nothing;
    return html`<div class="base" part="base">
      ${body}
      ${region}
    </div>`;
  }

  #renderStatusLine(text: string): TemplateResult {
    return html`<p class="status" part="status"><span class="indicator" part="indicator"></span><span>${text}</span></p>`;
  }

  #phoneLink(): TemplateResult {
    return html`<a class="phone target" part="phone" href=${PHONE.href}>${this.#evaluated.strings.call(PHONE.display)}</a>`;
  }

  /** The residents' line as the factsheet words it (`public-line="always"`): day and night. */
  #renderPublic(): TemplateResult {
    return html`${this.#renderStatusLine(this.#evaluated.strings.publicStatus)} ${this.#renderEveryone()}`;
  }

  /**
   * What victims, witnesses and bereaved can do: call, or go to the website; and 112 in immediate danger.
   * Under a title in the professional status, where it may say `body` (the crisis sentence) instead.
   */
  #renderEveryone(lead?: TemplateResult, body = this.#evaluated.strings.everyoneBody): TemplateResult {
    return html`<div class="everyone">
      <p>${lead ?? nothing}${body}</p>
      ${this.#renderActions()} ${this.#renderDanger()}
    </div>`;
  }

  #renderActions(): TemplateResult {
    return html`<p class="actions">
      ${this.#phoneLink()}
      <a class="target" part="website" href=${safeLink(resolveUrl('home'))}>${this.#evaluated.strings.website}</a>
    </p>`;
  }

  /** "Bij direct gevaar: bel 112." Wherever residents read the status (see the `danger` part). */
  #renderDanger(): TemplateResult {
    return renderDangerLine({ href: EMERGENCY_NUMBER.href, ...EMERGENCY_NUMBER.advice[this.#evaluated.locale] });
  }

  /**
   * A status that shows hours whose words for them could not be loaded: calling and the website, and 112
   * where residents read it. No hours, and no claim about now.
   */
  #renderContactOnly(): TemplateResult {
    return html`${this.#renderActions()} ${this.#evaluated.audience === 'public' ? this.#renderDanger() : nothing}`;
  }

  /** The pieces every status shares, for the code loaded on demand (hours-text.ts, live-status.ts) to place. */
  #parts(): StatusParts {
    return {
      statusLine: (text) => this.#renderStatusLine(text),
      phone: () => this.#phoneLink(),
      actions: () => this.#renderActions(),
      danger: () => this.#renderDanger(),
      everyone: (lead, body) => this.#renderEveryone(lead, body),
    };
  }
}

/** The residents' line read as the factsheet words it: always open, nothing ever flips. */
const ALWAYS_OPEN: OpeningStatus = { open: true, changesAt: null, reason: 'weekly' };

// Types only: the tag is registered by its define module (src/define/), never by importing this class.
declare global {
  interface HTMLElementTagNameMap {
    'shn-contact-status': ShnContactStatus;
  }
  interface HTMLElementEventMap {
    'shn-status-change': CustomEvent<StatusChangeDetail>;
  }
}
