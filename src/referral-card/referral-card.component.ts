import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { AudienceId, DomainId, SituationId } from '../content/ids.js';
import { EMERGENCY_NUMBER } from '../content/emergency-number.js';
import { PHONE } from '../content/phone.js';
import type { PublicLineReading } from '../content/public-line.js';
import { asText } from '../core/as-text.js';
import { INSTANT_HINT, parseInstant } from '../core/instant.js';
import { renderDangerLine } from '../base/danger-line.js';
import { headingLevel, renderHeading, type HeadingLevel, type HeadingLevelInput } from '../base/heading.js';
import { OnDemandController, renderWaiting } from '../base/on-demand.js';
import { ShnElement } from '../base/shn-element.js';
import { SlotController } from '../base/slot-controller.js';
import { ShnContactStatus } from '../contact-status/contact-status.component.js';
import { ENGLISH_TEXTS_CODE } from '../texts/english.js';
import { cardContent, cardStatus, chooseContent, isOtherAudience, type CardChoice, type CardContent } from './card-content.js';
import { DUTCH_CARD_TEXTS, type CardTexts } from './card-texts.js';
import { OTHER_AUDIENCES_CODE, type OtherAudiences } from './other-audiences-code.js';
import { referralCardStyles } from './referral-card.styles.js';
import { SITUATION_QUESTIONS_CODE, type SituationQuestions } from './situation-questions-code.js';

// The types the element's properties name, exported beside it so tools reading custom-elements.json can import them.
export type { AudienceId, DomainId, HeadingLevelInput, PublicLineReading, SituationId };

/**
 * The block a municipality puts on its "help after a crime or disaster" page: what Slachtofferhulp
 * Nederland does for the reader, a button to its website and the phone number.
 *
 * @summary Referral to Slachtofferhulp Nederland for one audience, optionally tailored to a situation or a municipal domain.
 *
 * @attr {'victim'|'witness'|'bereaved'|'left-behind'|'vulnerable'|'helper'|'professional'|'municipality'} audience - Who reads the card. `victim` (default), `witness`, `bereaved`, `left-behind` (families of missing persons) and `vulnerable` get the help for residents and a button to slachtofferhulp.nl; `helper` points to the platform Voor de Helpers; `professional` to Voor Professionals, with the live status of the professional line; `municipality` to the page for municipalities, with the live status and the emergency route. Unknown values warn and fall back to `victim`.
 * @attr {'social'|'social-safety'|'crisis'} domain - Only with `audience="municipality"`: lists what Slachtofferhulp does in that municipal domain (factsheet). Without it the card names the three domains. On another audience it warns and is ignored; an unknown value warns and shows no domain.
 * @attr {string} situation - A situation id of the content module (`fraud`, `burglary`, …). Only for the resident audiences (victim, witness, bereaved, left-behind, vulnerable): the heading becomes the situation's question, the first sentence speaks about the situation, and the button goes to the situation's page when that page is verified or configured (else to the audience's page). On helper, professional or municipality it warns and is ignored; an unknown id warns and the card is not tailored.
 * @attr {'always'|'office-hours'} public-line - How the residents' line reads (see `<shn-contact-status>`). `always` (default): the factsheet's 24/7; resident cards show no status, as before. `office-hours`: the resident cards (victim, witness, bereaved, left-behind, vulnerable) nest a compact `<shn-contact-status audience="public" public-line="office-hours">` that shows live whether the line is open, when it opens again, that it is open in a crisis, and 112. Professional and municipality cards pass it on to their status (its compact form has no residents' part, so it changes nothing there); the helper card has no status and ignores it. Unknown values warn and fall back to `always`.
 * @attr {2|3|4|5|6} heading-level - Level of the heading element (default 2). Other values warn and fall back to 2.
 * @attr {string} now - Passed on unchanged to the nested `<shn-contact-status>` (professional and municipality; the resident audiences with `public-line="office-hours"`), to freeze its clock for previews and tests: an ISO 8601 instant such as `2026-04-27T10:00:00+02:00`. The nested element checks it and warns about a bad value (falling back to the live clock). Cards without a status ignore `now`; a bad value still warns once.
 * @attr {string} lang - Language (`nl` default, `en`); inherited from the nearest ancestor with `lang`, across shadow roots.
 *
 * @slot - Extra text of the municipality, such as its own neighbourhood team. Shown under the card's text; takes no room when empty.
 * @slot heading - Replaces the heading text. The heading element and its level stay.
 * @slot actions - Extra links, shown beside the button and the phone number.
 *
 * @csspart base - The card's outer box.
 * @csspart heading - The heading element.
 * @csspart body - The two or three sentences about the help.
 * @csspart services - The municipal domain: its services, or the names of the three domains (municipality only).
 * @csspart status - The wrapper of the nested `<shn-contact-status>` and the emergency route (professional and municipality; resident audiences with `public-line="office-hours"`).
 * @csspart danger - The line "Bij direct gevaar: bel 112." with its `tel:112` link, on the resident cards (victim, witness, bereaved, left-behind, vulnerable, with or without `situation`) and the helper card (a helper may be with someone in danger). With `public-line="office-hours"` the nested status shows it instead, so it is there once. Not on the professional and municipality cards: those readers refer others, and there it would be noise.
 * @csspart cta - The button-styled link to the website.
 * @csspart phone - The phone number link (`tel:`).
 * @csspart actions - The wrapper of the `actions` slot.
 *
 * @cssprop --shn-referral-card-background-color - Card background.
 * @cssprop --shn-referral-card-color - Text colour.
 * @cssprop --shn-referral-card-border-color - Card border colour.
 * @cssprop --shn-referral-card-border-width - Card border width. Default `1px`.
 * @cssprop --shn-referral-card-border-radius - Card corner radius.
 * @cssprop --shn-referral-card-padding-block - Card padding, block direction.
 * @cssprop --shn-referral-card-padding-inline - Card padding, inline direction.
 * @cssprop --shn-referral-card-gap - Space between the card's blocks.
 * @cssprop --shn-referral-card-heading-font-size - Heading size. Default `1.25em`.
 * @cssprop --shn-referral-card-heading-color - Heading colour.
 * @cssprop --shn-referral-card-cta-background-color - Button background.
 * @cssprop --shn-referral-card-cta-color - Button text colour. Keep 4.5:1 against the background.
 * @cssprop --shn-referral-card-cta-background-color-hover - Button background on hover.
 * @cssprop --shn-referral-card-cta-color-hover - Button text colour on hover.
 * @cssprop --shn-referral-card-cta-border-radius - Button corner radius.
 * @cssprop --shn-referral-card-cta-font-weight - Button text weight. Default `700`.
 */
export class ShnReferralCard extends ShnElement {
  static override styles = referralCardStyles;
  static override dependencies = { 'shn-contact-status': ShnContactStatus };
  static override properties: PropertyDeclarations = {
    audience: {},
    domain: {},
    situation: {},
    headingLevel: { attribute: 'heading-level' },
    now: {},
    publicLine: { attribute: 'public-line' },
  };

  /** Who reads the card; see the `audience` attribute. Default `victim`. */
  audience: AudienceId = 'victim';

  /** Municipal domain, for `audience="municipality"` only. */
  domain?: DomainId;

  /** Situation id that tailors the card for residents. */
  situation?: SituationId;

  /** Heading level 2–6 (a number, or its digit as the attribute gives it). Default 2. */
  headingLevel: HeadingLevelInput = 2;

  /** Frozen clock for the nested status, as an ISO 8601 instant; unset for the live clock. */
  now?: string;

  /** How the residents' line reads: `always` (default) or `office-hours`; see the `public-line` attribute. */
  publicLine: PublicLineReading = 'always';

  readonly #slots = new SlotController(this, ['', 'actions']);
  readonly #english = new OnDemandController(this, ENGLISH_TEXTS_CODE);
  readonly #others = new OnDemandController(this, OTHER_AUDIENCES_CODE);
  readonly #questions = new OnDemandController(this, SITUATION_QUESTIONS_CODE);
  // What willUpdate() worked out from the properties, for render().
  #choice: CardChoice = { audience: 'victim', domain: null, situation: null, publicLine: 'always' };
  #level: HeadingLevel = 2;
  /** The resident texts in the card's language (Dutch when English cannot be loaded), and the other audiences' when loaded. */
  #texts: CardTexts = DUTCH_CARD_TEXTS;
  #otherTexts: OtherAudiences | undefined;
  #situationQuestions: SituationQuestions | undefined;

  protected override willUpdate(): void {
    this.#choice = chooseContent(this, { audience: this.audience, domain: this.domain, situation: this.situation, publicLine: this.publicLine });
    this.#level = headingLevel(this, this.headingLevel, 2);
    this.#checkUnusedNow();
    // The rules of needs.ts (cardNeeds), which the embed snippet follows to preload the same code.
    this.#texts = this.#english.need(this.language.locale === 'en', 'lang="en"')?.card ?? DUTCH_CARD_TEXTS;
    const { audience, situation } = this.#choice;
    this.#otherTexts = this.#others.need(isOtherAudience(audience), `audience="${audience}"`);
    if (this.#otherTexts) this.adoptExtraStyles(this.#otherTexts.styles);
    this.#situationQuestions = this.#questions.need(situation !== null, `situation="${situation}"`);
  }

  /**
   * The nested status checks `now` itself and names itself in the warning. A card without a status does
   * not use `now`, but a bad value is still a mistake worth one warning.
   */
  #checkUnusedNow(): void {
    const now = asText(this.now);
    if (now === '' || cardStatus(this.#choice.audience, this.#choice.publicLine) || parseInstant(now)) return;
    this.warnInput({
      attribute: 'now',
      value: now,
      fallback: `ignoring it (audience="${this.#choice.audience}" has no opening status)`,
      hint: INSTANT_HINT,
    });
  }

  protected override render(): TemplateResult {
    if (this.waiting) return renderWaiting();
    const { locale, strings } = this.#texts;
    const content = cardContent(this.#choice, this.#texts, this.#otherTexts, this.#situationQuestions);
    return html`<div class="base" part="base">
      ${renderHeading(this.#level, content.heading)}
      <div class="body" part="body">${content.body.map((sentence) => html`<p>${sentence}</p>`)}</div>
      ${this.#choice.audience === 'municipality' ? (this.#otherTexts?.renderServices(this.#choice.domain, locale) ?? nothing) : nothing} ${content.status ? this.#renderStatus(content) : nothing}
      <div class="extra" ?hidden=${!this.#slots.has('')}><slot></slot></div>
      <div class="row">
        <a class="cta target" part="cta" href=${content.cta.href}>${content.cta.label}</a>
        <p class="call">
          ${strings.callBefore} <a class="phone target" part="phone" href=${PHONE.href}>${strings.callLink(PHONE.display)}</a>${strings.callAfter}
        </p>
        <div class="actions" part="actions" ?hidden=${!this.#slots.has('actions')}>
          <slot name="actions"></slot>
        </div>
      </div>
      ${content.danger ? renderDangerLine({ href: EMERGENCY_NUMBER.href, ...EMERGENCY_NUMBER.advice[locale] }) : nothing}
    </div>`;
  }

  #renderStatus(content: CardContent): TemplateResult {
    // The tag only: the define module registers it (see `dependencies`), so importing this class registers nothing.
    // The card's language passed on as `lang`: on a server the nested status has no ancestors to ask.
    return html`<div class="status" part="status">
      <shn-contact-status
        audience=${content.status === 'public' ? 'public' : 'professional'}
        public-line=${this.#choice.publicLine}
        compact
        now=${ifDefined(asText(this.now) || undefined)}
        lang=${this.language.locale}
      ></shn-contact-status>
      ${content.afterHours ? html`<p class="after-hours">${content.afterHours}</p>` : nothing}
    </div>`;
  }
}


// Types only: the tag is registered by its define module (src/define/), never by importing this class.
declare global {
  interface HTMLElementTagNameMap {
    'shn-referral-card': ShnReferralCard;
  }
}
