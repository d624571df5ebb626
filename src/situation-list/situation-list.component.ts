import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { SUICIDE_PREVENTION_LINE } from '../content/crisis-lines.js';
import { EMERGENCY_NUMBER } from '../content/emergency-number.js';
import type { AudienceId, SituationId } from '../content/ids.js';
import { resolveUrl } from '../content/overrides.js';
import { PHONE } from '../content/phone.js';
import { asText } from '../core/as-text.js';
import { safeLink } from '../core/safe-link.js';
import { oneOf } from '../core/warn.js';
import { headingLevel, renderHeading, type HeadingLevel, type HeadingLevelInput } from '../base/heading.js';
import { OnDemandController, renderWaiting } from '../base/on-demand.js';
import { ShnElement } from '../base/shn-element.js';
import { SlotController } from '../base/slot-controller.js';
import { SEARCH_CODE, type Search } from './search-loader.js';
import { chooseSituations } from './selection.js';
import { situationListStyles } from './situation-list.styles.js';
import type { SituationListStrings } from './situation-list.strings.js';
import { ENGLISH_TEXTS_CODE } from '../texts/english.js';
import { DUTCH_TEXTS, type ListTexts } from './texts.js';

// The types the element's properties name, exported beside it so tools reading custom-elements.json can import them.
export type { AudienceId, HeadingLevelInput };

export type SituationListLayout = 'list' | 'grid';
const LAYOUTS: readonly SituationListLayout[] = ['list', 'grid'];

export interface SituationSelectDetail {
  /** The situation that was chosen. */
  id: SituationId;
  /** The link it goes to (after the site's overrides). */
  url: string;
}

/**
 * Answers "What can Slachtofferhulp help me with?": the situations Slachtofferhulp Nederland helps in,
 * each a link with one plain sentence, optionally with a search box that narrows the list as you type.
 *
 * @summary The situations Slachtofferhulp helps with, as links, with an optional search box.
 *
 * @attr {string} situations - Comma- or space-separated situation ids to show, in that order (`fraud,burglary`). Duplicates show once. Unknown ids warn once and are skipped; when none is valid it warns and shows all fourteen. Default: all, in factsheet order.
 * @attr {string} audience - Only the situations that concern this audience (`victim`, `witness`, `bereaved`, `left-behind`, `vulnerable`, `professional`, `helper`, `municipality`). With `situations`: the ones in both, in the order of `situations`; when they have none in common it warns and ignores the audience. Unknown values warn and show all.
 * @attr {boolean} searchable - Shows a labelled search box above the list that narrows it as you type (case and accents do not matter; filtering starts at three letters), with a result count for screen readers and, when nothing matches, a message with the phone number and "Bij direct gevaar: bel 112." (a `tel:112` link). The search code (the box, its styles and the search words) is loaded the first time a list is searchable, and the list renders once it is there, so nothing moves when the box appears; `updateComplete` waits for it. If it cannot be loaded (offline, blocked), the list shows without a search box and warns once.
 * @attr {string} query - The search words, to preset the search box (for example in a story). Only used with `searchable`. Updated as the visitor types.
 * @attr {'list'|'grid'} layout - `list` (default): one situation under the other. `grid`: cards in columns that reflow to one column on a narrow screen. Unknown values warn and fall back to `list`.
 * @attr {string} heading - Text of an optional heading above the list. Default: no heading. The `heading` slot wins over it.
 * @attr {'2'|'3'|'4'|'5'|'6'} heading-level - Level of that heading, so it fits the page's outline. Default `2`; other values warn and fall back to `2`.
 * @attr {string} lang - Language (`nl` default, `en`); inherited from the nearest ancestor with `lang`, across shadow roots. The English texts of the situations are loaded the first time a list shows English, and the list renders in English once they are there (never Dutch first); `updateComplete` waits for them. If they cannot be loaded, the list shows in Dutch and warns once.
 *
 * @fires {CustomEvent<SituationSelectDetail>} shn-situation-select - When a visitor chooses a situation (click, or Enter on the link). Bubbles, is composed and cancelable: call `preventDefault()` to stop the link being followed (for example to open the page in the site's own way). `detail`: `{ id, url }`.
 *
 * @slot heading - Rich content for the heading (shown inside the heading element of `heading-level`). Without it and without the `heading` attribute there is no heading.
 *
 * @csspart base - The outer wrapper.
 * @csspart heading - The heading element.
 * @csspart search - The wrapper of the search box's label and input.
 * @csspart input - The search input.
 * @csspart count - The result count (a polite live region; empty until the search words change).
 * @csspart list - The list of situations.
 * @csspart item - One situation.
 * @csspart link - The link of a situation.
 * @csspart description - The sentence under a situation's link.
 * @csspart crisis - The line about 113 Zelfmoordpreventie under the suicide situation.
 * @csspart empty - The message shown when the search finds nothing.
 * @csspart danger - Inside `empty`: the line "Bij direct gevaar: bel 112." with its `tel:112` link. The list itself does not show it: it names situations; someone who searches and finds nothing may be in danger right now.
 *
 * @cssprop --shn-situation-list-gap - Space between the parts and between the situations.
 * @cssprop --shn-situation-list-column-min-inline-size - Narrowest column in the grid layout. Default `16em` (one column on a 320 px screen).
 * @cssprop --shn-situation-list-item-background-color - Background of a situation.
 * @cssprop --shn-situation-list-item-background-color-hover - Background of a situation under the pointer.
 * @cssprop --shn-situation-list-item-border-color - Border of a situation.
 * @cssprop --shn-situation-list-item-border-color-hover - Border of a situation under the pointer.
 * @cssprop --shn-situation-list-item-border-width - Border width of a situation. Default `1px`.
 * @cssprop --shn-situation-list-item-border-radius - Corner radius of a situation.
 * @cssprop --shn-situation-list-item-padding-block - Padding of a situation, block direction.
 * @cssprop --shn-situation-list-item-padding-inline - Padding of a situation, inline direction.
 * @cssprop --shn-situation-list-link-color - Colour of a situation's link.
 * @cssprop --shn-situation-list-link-color-hover - Colour of a situation's link under the pointer.
 * @cssprop --shn-situation-list-link-font-weight - Weight of a situation's link. Default `700`.
 * @cssprop --shn-situation-list-description-color - Colour of the sentence under a link.
 * @cssprop --shn-situation-list-crisis-border-color - Bar before the 113 line.
 * @cssprop --shn-situation-list-input-color - Text colour of the search input.
 * @cssprop --shn-situation-list-input-background-color - Background of the search input.
 * @cssprop --shn-situation-list-input-border-color - Border colour of the search input.
 * @cssprop --shn-situation-list-input-border-width - Border width of the search input.
 * @cssprop --shn-situation-list-input-border-radius - Corner radius of the search input.
 */
export class ShnSituationList extends ShnElement<{ 'shn-situation-select': SituationSelectDetail }> {
  static override styles = situationListStyles;
  static override properties: PropertyDeclarations = {
    situations: {},
    audience: {},
    searchable: { type: Boolean, reflect: true },
    query: {},
    layout: {},
    heading: {},
    headingLevel: { attribute: 'heading-level' },
  };

  /** Situation ids to show, comma- or space-separated, in that order. Empty: all. */
  situations = '';

  /** Only the situations that concern this audience. Empty: no filter. */
  audience: AudienceId | '' = '';

  /** Shows the search box. */
  searchable = false;

  /** The search words; presets the search box and follows what the visitor types. */
  query = '';

  /** `list` (default) or `grid`. */
  layout: SituationListLayout = 'list';

  /** Text of the optional heading. */
  heading = '';

  /** Level of the heading, `2` to `6` (a number, or its digit as the attribute gives it). */
  headingLevel: HeadingLevelInput = 2;

  readonly #headingSlot = new SlotController(this, ['heading']);
  readonly #search = new OnDemandController(this, SEARCH_CODE);
  readonly #english = new OnDemandController(this, ENGLISH_TEXTS_CODE);

  // What willUpdate() worked out from the properties, for render().
  /** The situations to render, after the attributes and the search words. */
  #shown: readonly SituationId[] = [];
  #view: { layout: SituationListLayout; level: HeadingLevel; texts: ListTexts; search: Search | undefined } = {
    layout: 'list',
    level: 2,
    texts: DUTCH_TEXTS,
    search: undefined,
  };
  /**
   * What the live region says; empty until the search words change, so nothing is read out on load. Not
   * reactive: only willUpdate sets it, for the render that follows.
   */
  #announcement = '';
  /** The search words changed since the first render: from then on the live region says the count. */
  #queryChanged = false;

  protected override willUpdate(changed: PropertyValues): void {
    // The rules of needs.ts (listNeeds), which the embed snippet follows to preload the same code.
    const texts = this.#english.need(this.language.locale === 'en', 'lang="en"')?.list;
    const search = this.#search.need(this.searchable);
    if (search) this.adoptExtraStyles(search.searchStyles);
    const chosen = chooseSituations(this, this.situations, this.audience);
    this.#shown = search ? search.filterByQuery(chosen, this.query) : chosen;
    this.#view = {
      layout: oneOf(this, 'layout', asText(this.layout), LAYOUTS, 'list'),
      // Checked even when there is no heading: a bad value is still a mistake worth one warning.
      level: headingLevel(this, this.headingLevel, 2),
      texts: texts ?? DUTCH_TEXTS,
      search,
    };
    if (this.hasUpdated && changed.has('query')) this.#queryChanged = true;
    // Also recount when the list or language changes after a search, so the count stays true.
    if (search && this.#queryChanged) this.#announcement = search.countText(this.#textLocale(), this.#shown.length);
  }

  /** The language the list renders in: the page's, once its texts are there (Dutch when they cannot be). */
  #textLocale() {
    return this.#view.texts === DUTCH_TEXTS ? 'nl' : 'en';
  }

  #onSelect(event: MouseEvent, id: SituationId, url: string): void {
    if (!this.emit('shn-situation-select', { id, url }, { cancelable: true })) event.preventDefault();
  }

  protected override render(): TemplateResult {
    if (this.waiting) return renderWaiting();
    const { layout, level, texts, search } = this.#view;
    const locale = this.#textLocale();
    const headingText = asText(this.heading).trim();
    const query = asText(this.query);
    const hasHeading = this.#headingSlot.has('heading') || headingText !== '';
    const heading = hasHeading ? renderHeading(level, headingText) : nothing;
    const box = search
      ? search.renderSearchBox(locale, { query, announcement: this.#announcement })
      : nothing;
    // Nothing found can only come from the search code, which then also says so.
    const body =
      this.#shown.length > 0 || !search
        ? this.#renderList(layout, hasHeading, texts)
        : search.renderNoResults(locale, query.trim(), PHONE, EMERGENCY_NUMBER);
    return html`<div class="base" part="base">${heading} ${box} ${body}</div>`;
  }

  #renderList(layout: SituationListLayout, hasHeading: boolean, texts: ListTexts): TemplateResult {
    // role="list": Safari drops list semantics from a <ul> with list-style: none.
    return html`<ul class="list ${layout}" part="list" role="list" aria-labelledby=${hasHeading ? 'heading' : nothing}>
      ${this.#shown.map((id) => {
        const words = texts.words[id];
        const url = safeLink(resolveUrl(`situation:${id}`));
        return html`<li class="item" part="item">
          <a
            class="link target"
            part="link"
            href=${url}
            aria-describedby="description-${id}"
            @click=${(event: MouseEvent) => this.#onSelect(event, id, url)}
            >${words.label}</a
          >
          <p class="description" part="description" id="description-${id}">${words.description}</p>
          ${id === 'suicide' ? this.#renderCrisisLine(texts.strings) : nothing}
        </li>`;
      })}
    </ul>`;
  }

  /** 113 under the suicide situation: its own sentence, then its links as full-size targets. */
  #renderCrisisLine(strings: SituationListStrings): TemplateResult {
    const line = SUICIDE_PREVENTION_LINE;
    const link = (href: string, text: string) => html`<a class="target" href=${safeLink(href)}>${text}</a>`;
    return html`<div class="crisis" part="crisis">
      <p>${line.question[this.#textLocale()]} ${strings.crisisAdvice}</p>
      <p class="crisis-links">
        ${line.phones.map((phone) => html`${link(phone.href, strings.crisisCall(phone.display))} `)}
        ${link(line.chat.href, strings.crisisChat(line.chat.display))}
      </p>
    </div>`;
  }
}

// Types only: the tag is registered by its define module (src/define/), never by importing this class.
declare global {
  interface HTMLElementTagNameMap {
    'shn-situation-list': ShnSituationList;
  }
  interface HTMLElementEventMap {
    'shn-situation-select': CustomEvent<SituationSelectDetail>;
  }
}
