import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { PHONE, SITUATIONS, SUICIDE_PREVENTION_LINE, type SituationId } from '../content/index.js';
import { LangController } from '../i18n/lang-controller.js';
import { asText } from '../shared/as-text.js';
import { baseStyles } from '../shared/base-styles.js';
import { headingLevel, renderHeading } from '../shared/heading-level.js';
import { safeLink } from '../shared/safe-link.js';
import { VERSION } from '../shared/version.js';
import { oneOf } from '../shared/warn.js';
import { loadSearch, type Search } from './search-loader.js';
import { chooseSituations } from './selection.js';
import { SlotPresence } from '../shared/slot-presence.js';
import { situationListStyles } from './situation-list.styles.js';
import { SITUATION_LIST_STRINGS, type SituationListStrings } from './situation-list.strings.js';

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
 * @attr {boolean} searchable - Shows a labelled search box above the list that narrows it as you type (case and accents do not matter; filtering starts at three letters), with a result count for screen readers and a message with the phone number when nothing matches. The search code (with the search words) is loaded the first time a list is searchable; `updateComplete` waits for it. If it cannot be loaded (offline, blocked), the list shows without a search box and warns once.
 * @attr {string} query - The search words, to preset the search box (for example in a story). Only used with `searchable`. Updated as the visitor types.
 * @attr {'list'|'grid'} layout - `list` (default): one situation under the other. `grid`: cards in columns that reflow to one column on a narrow screen. Unknown values warn and fall back to `list`.
 * @attr {string} heading - Text of an optional heading above the list. Default: no heading. The `heading` slot wins over it.
 * @attr {'2'|'3'|'4'|'5'|'6'} heading-level - Level of that heading, so it fits the page's outline. Default `2`; other values warn and fall back to `2`.
 * @attr {string} lang - Language (`nl` default, `en`); inherited from the nearest ancestor with `lang`, across shadow roots.
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
 *
 * @cssprop --shn-situation-list-gap - Space between the parts and between the situations. Falls back to `--basis-space-block-md`, then `12px`.
 * @cssprop --shn-situation-list-column-min-inline-size - Narrowest column in the grid layout. Default `16em` (one column on a 320 px screen).
 * @cssprop --shn-situation-list-item-background-color - Background of a situation. Falls back to `--basis-color-default-bg-document`, then white.
 * @cssprop --shn-situation-list-item-background-color-hover - Background of a situation under the pointer. Falls back to `--basis-color-default-bg-hover`, then `#eef3f8`.
 * @cssprop --shn-situation-list-item-border-color - Border of a situation. Falls back to `--basis-color-default-border-default`, then `#8a8a8a`.
 * @cssprop --shn-situation-list-item-border-color-hover - Border of a situation under the pointer. Falls back to `--shn-situation-list-item-border-color`.
 * @cssprop --shn-situation-list-item-border-width - Border width of a situation. Default `1px`.
 * @cssprop --shn-situation-list-item-border-radius - Corner radius of a situation. Falls back to `--basis-border-radius-md`, then `6px`.
 * @cssprop --shn-situation-list-item-padding-block - Padding of a situation, block direction. Falls back to `--basis-space-block-sm`, then `8px`.
 * @cssprop --shn-situation-list-item-padding-inline - Padding of a situation, inline direction. Falls back to `--basis-space-inline-md`, then `--basis-space-block-md`, then `12px`.
 * @cssprop --shn-situation-list-link-color - Colour of a situation's link. Falls back to `--basis-color-action-1-color-default`, then `#0b5394`.
 * @cssprop --shn-situation-list-link-color-hover - Colour of a situation's link under the pointer. Falls back to `--basis-color-action-1-color-hover`, then `#073763`.
 * @cssprop --shn-situation-list-link-font-weight - Weight of a situation's link. Default `700`.
 * @cssprop --shn-situation-list-description-color - Colour of the sentence under a link. Falls back to `--basis-color-default-color-subtle`, then `#4a4a4a`.
 * @cssprop --shn-situation-list-crisis-border-color - Bar before the 113 line. Falls back to `--basis-color-accent-1-color-default`, then `#00549f`.
 * @cssprop --shn-situation-list-input-color - Text colour of the search input. Falls back to `--basis-form-control-color`, then `--basis-color-default-color-document`, then `#1a1a1a`.
 * @cssprop --shn-situation-list-input-background-color - Background of the search input. Falls back to `--basis-form-control-background-color`, then `--basis-color-default-bg-document`, then white.
 * @cssprop --shn-situation-list-input-border-color - Border colour of the search input. Falls back to `--basis-form-control-border-color`, then `--basis-color-default-border-default`, then `#8a8a8a`.
 * @cssprop --shn-situation-list-input-border-width - Border width of the search input. Falls back to `--basis-form-control-border-width`, then `2px`.
 * @cssprop --shn-situation-list-input-border-radius - Corner radius of the search input. Falls back to `--basis-form-control-border-radius`, then `--basis-border-radius-md`, then `6px`.
 */
export class ShnSituationList extends LitElement {
  static readonly shnVersion = VERSION;
  static override styles = [baseStyles, situationListStyles];
  // Declared here rather than with decorators: a page with only this element then loads no decorator code.
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
  situations: string = '';

  /** Only the situations that concern this audience id. Empty: no filter. */
  audience: string = '';

  /** Shows the search box. */
  searchable = false;

  /** The search words; presets the search box and follows what the visitor types. */
  query: string = '';

  /** `list` (default) or `grid`. */
  layout: string = 'list';

  /** Text of the optional heading. */
  heading: string = '';

  /** Level of the heading, `2` to `6`. */
  headingLevel: string = '2';

  /**
   * What the live region says; empty until the search words change, so nothing is read out on load. Not
   * reactive: only willUpdate sets it, for the render that follows.
   */
  private announcement = '';

  private readonly language = new LangController(this);
  private readonly headingSlot = new SlotPresence(this, 'heading');
  /** The situations to render, after the attributes and the search words. */
  private shown: readonly SituationId[] = [];
  /**
   * The search code, loaded when the list first becomes `searchable`. Until it arrives the box is there
   * (so nothing moves when it does) but the list is not narrowed yet.
   */
  private search?: Search;
  /** Settles when the search code has loaded (or failed to) and the element has asked to re-render. */
  private searchReady?: Promise<void>;
  /** The search code did not load (offline, blocked): the list is shown without a search box. */
  private searchFailed = false;
  /** The search words changed since the first render: from then on the live region says the count. */
  private queryChanged = false;

  protected override willUpdate(changed: PropertyValues): void {
    const chosen = chooseSituations(this, this.situations, this.audience);
    if (this.searchable) this.loadSearchOnce();
    const search = this.searchable ? this.search : undefined;
    this.shown = search ? search.filterByQuery(chosen, this.query) : chosen;
    if (this.hasUpdated && changed.has('query')) this.queryChanged = true;
    // Also recount when the list or language changes after a search, so the count stays true. Not before
    // the search code is there: the count would be of a list that is not narrowed yet.
    if (search && this.queryChanged) this.announcement = search.countText(this.language.locale, this.shown.length);
  }

  private loadSearchOnce(): void {
    this.searchReady ??= loadSearch().then(
      (search) => {
        this.search = search;
        this.requestUpdate();
      },
      (error: unknown) => {
        this.searchFailed = true;
        console.warn('<shn-situation-list> searchable: the search code could not be loaded; showing the list without a search box.', error);
        this.requestUpdate();
      },
    );
  }

  /** Also waits for the search code when `searchable` is set, so the list is narrowed once this settles. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const settled = await super.getUpdateComplete();
    if (!this.searchReady) return settled;
    await this.searchReady;
    return (await super.getUpdateComplete()) && settled;
  }

  private headingText(): string {
    return asText(this.heading).trim();
  }

  private queryText(): string {
    return asText(this.query);
  }

  private onInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
  }

  private onKeydown(event: KeyboardEvent): void {
    // The list already follows every keystroke, so Enter has nothing to do: it must not submit a form
    // or trigger a host page's Enter handler on the input.
    if (event.key === 'Enter') event.preventDefault();
  }

  private onSelect(event: MouseEvent, id: SituationId, url: string): void {
    const selected = new CustomEvent<SituationSelectDetail>('shn-situation-select', {
      detail: { id, url },
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    if (!this.dispatchEvent(selected)) event.preventDefault();
  }

  protected override render(): TemplateResult {
    const strings = SITUATION_LIST_STRINGS[this.language.locale];
    const layout = oneOf(this, 'layout', this.layout, LAYOUTS, 'list');
    // Checked even when there is no heading: a bad value is still a mistake worth one warning.
    const level = headingLevel(this, asText(this.headingLevel), 2);
    const hasHeading = this.headingSlot.has || this.headingText() !== '';
    const heading = hasHeading ? renderHeading(level, this.headingText()) : nothing;
    const search = this.searchable && !this.searchFailed ? this.renderSearch(strings) : nothing;
    // Nothing found can only come from the search code, which then also says so.
    const body =
      this.shown.length > 0 || !this.search
        ? this.renderList(layout, hasHeading, strings)
        : this.search.renderNoResults(this.language.locale, this.queryText().trim(), PHONE);
    return html`<div class="base" part="base">${heading} ${search} ${body}</div>`;
  }

  private renderSearch(strings: SituationListStrings): TemplateResult {
    // A plain .value binding, no live(): every change of the box goes through onInput into `query`, so the
    // box never differs from the value rendered last, and a new `query` from outside is always written.
    return html`<div class="search" part="search">
        <label class="label" for="search">${strings.searchLabel}</label>
        <input
          class="input"
          part="input"
          id="search"
          type="search"
          autocomplete="off"
          .value=${this.queryText()}
          @input=${this.onInput}
          @keydown=${this.onKeydown}
        />
      </div>
      <p class="count" part="count" role="status">${this.announcement}</p>`;
  }

  private renderList(layout: SituationListLayout, hasHeading: boolean, strings: SituationListStrings): TemplateResult {
    const locale = this.language.locale;
    // role="list": Safari drops list semantics from a <ul> with list-style: none.
    return html`<ul class="list ${layout}" part="list" role="list" aria-labelledby=${hasHeading ? 'heading' : nothing}>
      ${this.shown.map((id) => {
        const situation = SITUATIONS[id];
        const url = safeLink(situation.url);
        return html`<li class="item" part="item" data-id=${id}>
          <a
            class="link target"
            part="link"
            href=${url}
            aria-describedby="description-${id}"
            @click=${(event: MouseEvent) => this.onSelect(event, id, url)}
            >${situation.label[locale]}</a
          >
          <p class="description" part="description" id="description-${id}">${situation.description[locale]}</p>
          ${id === 'suicide' ? this.renderCrisisLine(strings) : nothing}
        </li>`;
      })}
    </ul>`;
  }

  /** 113 under the suicide situation: its own sentence, then its links as full-size targets. */
  private renderCrisisLine(strings: SituationListStrings): TemplateResult {
    const line = SUICIDE_PREVENTION_LINE;
    const link = (href: string, text: string) => html`<a class="target" href=${safeLink(href)}>${text}</a>`;
    return html`<div class="crisis" part="crisis">
      <p>${line.question[this.language.locale]} ${strings.crisisAdvice}</p>
      <p class="crisis-links">
        ${line.phones.map((phone) => html`${link(phone.href, strings.crisisCall(phone.display))} `)}
        ${link(line.chat.href, strings.crisisChat(line.chat.display))}
      </p>
    </div>`;
  }
}
