import { DOMAINS, type MunicipalDomain } from '../content/domains.js';
import { AUDIENCE_IDS, DOMAIN_IDS, SITUATION_IDS, type AudienceId, type DomainId, type SituationId } from '../content/ids.js';
import { ORGANISATION } from '../content/organisation.js';
import { REFERRALS } from '../content/referrals.js';
import { SITUATION_QUESTIONS } from '../content/situation-questions.js';
import { SITUATIONS } from '../content/situations.js';
import type { Locale } from '../core/locale.js';
import { asText } from '../core/as-text.js';
import { safeLink } from '../core/safe-link.js';
import { knownValue, oneOf, warnBadInput } from '../core/warn.js';

/** The audiences a `situation` can tailor the card for: residents, whom the situation texts address. */
export const RESIDENT_AUDIENCES: readonly AudienceId[] = ['victim', 'witness', 'bereaved', 'left-behind', 'vulnerable'];

/** Audiences whose card holds the live status of the professional line. */
const STATUS_AUDIENCES: readonly AudienceId[] = ['professional', 'municipality'];

/** The attributes that decide what the card says, as the element received them (from JavaScript: anything). */
export interface CardInput {
  audience: unknown;
  domain: unknown;
  situation: unknown;
}

/** The checked choices; each bad value has been reported once and replaced by its fallback. */
export interface CardChoice {
  audience: AudienceId;
  domain: DomainId | null;
  situation: SituationId | null;
}

/**
 * Checks the attributes. Fallbacks: unknown audience → `victim`; unknown domain → none; `domain` on
 * another audience than `municipality` → ignored; unknown situation → none; `situation` on helper,
 * professional or municipality (whose texts are not written for the person affected) → ignored.
 */
export function chooseContent(owner: HTMLElement, input: CardInput): CardChoice {
  const audience = oneOf(owner, 'audience', asText(input.audience), AUDIENCE_IDS, 'victim');
  return {
    audience,
    domain: chooseDomain(owner, audience, asText(input.domain)),
    situation: chooseSituation(owner, audience, asText(input.situation)),
  };
}

/** Whether the card holds the live status of the professional line, which uses `now`. */
export function hasStatus(audience: AudienceId): boolean {
  return STATUS_AUDIENCES.includes(audience);
}

function chooseDomain(owner: HTMLElement, audience: AudienceId, value: string): DomainId | null {
  if (value === '') return null;
  if (audience !== 'municipality') {
    warnBadInput(owner, {
      source: owner.localName,
      attribute: 'domain',
      value,
      fallback: 'ignoring it',
      hint: `A domain only applies to audience="municipality" (this card has audience="${audience}").`,
    });
    return null;
  }
  return knownValue(owner, 'domain', value, DOMAIN_IDS, 'showing no domain');
}

function chooseSituation(owner: HTMLElement, audience: AudienceId, value: string): SituationId | null {
  const situation = knownValue(owner, 'situation', value, SITUATION_IDS, 'showing the card without a situation');
  if (!situation || RESIDENT_AUDIENCES.includes(audience)) return situation;
  warnBadInput(owner, {
    source: owner.localName,
    attribute: 'situation',
    value,
    fallback: 'ignoring it',
    hint: `A situation only applies to the audiences ${RESIDENT_AUDIENCES.join(', ')} (this card has audience="${audience}").`,
  });
  return null;
}

/** What the card shows, in one language. */
export interface CardContent {
  heading: string;
  /** Two or three plain sentences. */
  body: readonly string[];
  cta: { label: string; href: string };
  /** The services of the chosen domain (municipality with a domain). */
  domain: MunicipalDomain | null;
  /** The names of the three domains (municipality without a domain). */
  domainNames: readonly string[] | null;
  /** Whether the card holds the live status of the professional line. */
  status: boolean;
  /** The emergency route outside office hours, shown beside the status (municipality only). */
  afterHours: string | null;
}

/**
 * The texts for a checked choice. With a situation, the heading is the situation's question, the first
 * sentence is the situation's own, and the button goes to the situation's page when that page is
 * verified (or configured by the site); otherwise to the audience's page.
 */
export function cardContent(choice: CardChoice, locale: Locale): CardContent {
  const referral = REFERRALS[choice.audience];
  const situation = choice.situation ? SITUATIONS[choice.situation] : null;
  const ctaUrl = situation?.urlVerified ? situation.url : referral.cta.url;
  const municipality = choice.audience === 'municipality';
  return {
    heading: choice.situation ? SITUATION_QUESTIONS[choice.situation][locale] : referral.heading[locale],
    body: situation
      ? [situation.description[locale], ...referral.body.slice(1).map((sentence) => sentence[locale])]
      : referral.body.map((sentence) => sentence[locale]),
    cta: { label: referral.cta.label[locale], href: safeLink(ctaUrl) },
    domain: municipality && choice.domain ? DOMAINS[choice.domain] : null,
    domainNames: municipality && !choice.domain ? DOMAIN_IDS.map((id) => DOMAINS[id].label[locale]) : null,
    status: hasStatus(choice.audience),
    afterHours: municipality ? ORGANISATION.municipalSupport.afterHours[locale] : null,
  };
}
