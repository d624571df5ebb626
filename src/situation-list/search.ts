// What only a searchable list needs, loaded on demand (see search-loader.ts): the search box with its
// styles, the filter with the search keywords, the result count and the message when nothing matches. A
// list without a search box never downloads it.
import { html, type TemplateResult } from 'lit';
import type { EmergencyNumber } from '../content/emergency-number.js';
import type { SituationId } from '../content/ids.js';
import type { Phone } from '../content/phone.js';
import { isSearchableQuery, searchSituations } from '../content/search.js';
import type { Locale } from '../core/locale.js';
import { asText } from '../core/as-text.js';
import { renderDangerLine } from '../base/danger-line.js';
import { SEARCH_STRINGS } from './search.strings.js';

export { searchStyles } from './search.styles.js';

/**
 * Narrows `ids` to the ones matching what the visitor typed (case and accents do not matter), keeping
 * their order. A query too short to search (under three letters) keeps them all.
 */
export function filterByQuery(ids: readonly SituationId[], query: unknown): readonly SituationId[] {
  const text = asText(query);
  if (!isSearchableQuery(text)) return ids;
  const found = new Set(searchSituations(text));
  return ids.filter((id) => found.has(id));
}

/** The result count for the live region. */
export function countText(locale: Locale, shown: number): string {
  return SEARCH_STRINGS[locale].count(shown);
}

/**
 * Shown instead of the list when the search words match no situation: what was not found, the number to
 * call, and 112 in immediate danger (someone who searches and finds nothing may be in danger right now).
 * The element passes `phone` (PHONE) and `emergency` (EMERGENCY_NUMBER), which it has loaded already:
 * imported here, they would get a CDN chunk of their own.
 */
export function renderNoResults(locale: Locale, query: string, phone: Phone, emergency: EmergencyNumber): TemplateResult {
  const strings = SEARCH_STRINGS[locale];
  const [before, after] = strings.callInstead;
  return html`<div class="empty" part="empty">
    <p class="empty-title">${strings.noResults(query)}</p>
    <p>${before} <a class="phone target" href=${phone.href}>${strings.callLink(phone.display)}</a>${after}</p>
    ${renderDangerLine({ href: emergency.href, ...emergency.advice[locale] })}
  </div>`;
}

/** What the search box shows. */
export interface SearchBox {
  query: string;
  /** The live region's text: empty until the search words change, so nothing is read out on load. */
  announcement: string;
}

/** What the visitor types becomes the list's `query`. Called with the list as `this` (Lit binds listeners to the host). */
function onInput(this: { query: string }, event: Event): void {
  this.query = (event.target as HTMLInputElement).value;
}

/**
 * The list already follows every keystroke, so Enter has nothing to do: it must not submit a form or
 * trigger a host page's Enter handler on the input.
 */
function onKeydown(event: KeyboardEvent): void {
  if (event.key === 'Enter') event.preventDefault();
}

/** The labelled search box and the live region with the result count. */
export function renderSearchBox(locale: Locale, box: SearchBox): TemplateResult {
  // A plain .value binding, no live(): every change of the box goes through onInput into `query`, so the
  // box never differs from the value rendered last, and a new `query` from outside is always written.
  return html`<div class="search" part="search">
      <label class="label" for="search">${SEARCH_STRINGS[locale].label}</label>
      <input
        class="input"
        part="input"
        id="search"
        type="search"
        autocomplete="off"
        .value=${box.query}
        @input=${onInput}
        @keydown=${onKeydown}
      />
    </div>
    <p class="count" part="count" role="status">${box.announcement}</p>`;
}
