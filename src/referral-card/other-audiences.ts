// What the card says to every audience but victims (its default), in both languages, with the municipality
// card's domains: loaded on demand (OTHER_AUDIENCES_CODE in other-audiences-code.ts) by a card for one of
// those audiences, so a page with the default card never downloads it.
import { html, nothing, type TemplateResult } from 'lit';
import { DOMAINS, DOMAINS_HEADING, type MunicipalDomain } from '../content/domains.js';
import { DOMAIN_IDS, type DomainId } from '../content/ids.js';
import { MUNICIPAL_SUPPORT } from '../content/municipal-support.js';
import { REFERRAL_URL_KEYS } from '../content/referral-urls.js';
import { OTHER_REFERRALS } from '../content/referrals-others.js';
import type { Locale } from '../core/locale.js';
import { otherAudienceStyles } from './other-audiences.styles.js';

/** The municipality card's services: one domain's (with `domain`), or the three domains' names under the factsheet's heading. */
function renderServices(domain: DomainId | null, locale: Locale): TemplateResult {
  if (domain) return renderDomain(DOMAINS[domain], locale);
  return html`<div class="services" part="services">
    <p class="services-title">${DOMAINS_HEADING[locale]}</p>
    <ul>
      ${DOMAIN_IDS.map((id) => html`<li>${DOMAINS[id].label[locale]}</li>`)}
    </ul>
  </div>`;
}

function renderDomain(domain: MunicipalDomain, locale: Locale): TemplateResult {
  return html`<div class="services" part="services">
    <p class="services-title">${domain.label[locale]}</p>
    ${domain.intro ? html`<p>${domain.intro[locale]}</p>` : nothing}
    <ul>
      ${domain.services.map(
        (service) =>
          html`<li>
            ${service[locale]}
            ${service.items ? html`<ul>${service.items.map((item) => html`<li>${item[locale]}</li>`)}</ul>` : nothing}
          </li>`,
      )}
    </ul>
  </div>`;
}

export const OTHER_AUDIENCES = {
  referrals: OTHER_REFERRALS,
  /** Which page each audience's button goes to. */
  urlKeys: REFERRAL_URL_KEYS,
  /** The municipality card's emergency route outside office hours, beside the status. */
  afterHours: MUNICIPAL_SUPPORT.afterHours,
  renderServices,
  /** The rules for what only these cards show, adopted beside the card's own styles. */
  styles: otherAudienceStyles,
} as const;
