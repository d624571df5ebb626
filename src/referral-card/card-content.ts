import { DOMAINS, type MunicipalDomain } from '../content/domains.js';
import { AUDIENCE_IDS, DOMAIN_IDS, SITUATION_IDS, type AudienceId, type DomainId, type SituationId } from '../content/ids.js';
import { MUNICIPAL_SUPPORT } from '../content/municipal-support.js';
import { PUBLIC_LINE_READINGS, type PublicLineReading } from '../content/public-line.js';
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

/** Which `<shn-contact-status>` a card nests: the professional line, the residents' line, or none. */
export type CardStatus = 'professional' | 'public' | null;

/** The attributes that decide what the card says, as the element received them (from JavaScript: anything). */
export interface CardInput {
  audience: unknown;
  domain: unknown;
  situation: unknown;
  publicLine: unknown;
}

/** The checked choices; each bad value has been reported once and replaced by its fallback. */
export interface CardChoice {
  audience: AudienceId;
  domain: DomainId | null;
  situation: SituationId | null;
  publicLine: PublicLineReading;
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
    // Checked on every audience, so a typo warns even where it changes nothing (helper).
    publicLine: oneOf(owner, 'public-line', asText(input.publicLine), PUBLIC_LINE_READINGS, 'always'),
  };
}

/**
 * Which status the card nests (the one that uses `now`): professional and municipality the professional
 * line's; the resident audiences the residents' line's, only when it is read as keeping office hours
 * (`public-line="office-hours"`). With the factsheet's 24/7 reading there is nothing live to show, and
 * the card stays as it was. Helpers get none: the line is not theirs to call for the victim.
 */
export function cardStatus(audience: AudienceId, publicLine: PublicLineReading): CardStatus {
  if (STATUS_AUDIENCES.includes(audience)) return 'professional';
  if (RESIDENT_AUDIENCES.includes(audience) && publicLine === 'office-hours') return 'public';
  return null;
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
  /** Which status the card nests, if any. */
  status: CardStatus;
  /**
   * Whether the card shows its own 112 line: the resident audiences and helpers (who may be with someone in
   * danger), unless the nested residents' status shows it already. Not on professional and municipality
   * cards, where it would be noise (README → 112).
   */
  danger: boolean;
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
    status: cardStatus(choice.audience, choice.publicLine),
    danger: [...RESIDENT_AUDIENCES, 'helper'].includes(choice.audience) && cardStatus(choice.audience, choice.publicLine) !== 'public',
    afterHours: municipality ? MUNICIPAL_SUPPORT.afterHours[locale] : null,
  };
}
