import { AUDIENCE_IDS, DOMAIN_IDS, SITUATION_IDS, type AudienceId, type DomainId, type SituationId } from '../content/ids.js';
import { PUBLIC_LINE_READINGS, type PublicLineReading } from '../content/public-line-readings.js';
import { RESIDENT_AUDIENCE_IDS, type OtherAudienceId, type ReferralWords } from '../content/referral-words.js';
import { resolveUrl } from '../content/overrides.js';
import { asText } from '../core/as-text.js';
import { safeLink } from '../core/safe-link.js';
import { knownValue, oneOf, warnBadInput } from '../core/warn.js';
import type { CardTexts } from './card-texts.js';
import type { OtherAudiences } from './other-audiences-code.js';
import type { SituationQuestions } from './situation-questions-code.js';

/** The audiences a `situation` can tailor the card for: residents, whom the situation texts address. */
export const RESIDENT_AUDIENCES: readonly AudienceId[] = RESIDENT_AUDIENCE_IDS;

/** True for the audiences whose words the card loads on demand (other-audiences.ts): all but victims, the default. */
export const isOtherAudience = (audience: AudienceId): audience is OtherAudienceId => audience !== 'victim';

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
 * The texts for a checked choice, in the language of `texts`. With a situation, the heading is the
 * situation's question, the first sentence is the situation's own, and the button goes to the situation's
 * page when that page is verified (or configured by the site); otherwise to the audience's page. Every
 * audience's words but the victims' come from `others`, the questions from `questions` (both
 * loaded on demand); without them (they could not be loaded) the card shows the victims' words, which still
 * refer to Slachtofferhulp, or the audience's own heading.
 */
export function cardContent(choice: CardChoice, texts: CardTexts, others: OtherAudiences | undefined, questions: SituationQuestions | undefined): CardContent {
  const locale = texts.locale;
  const { audience } = choice;
  const words: ReferralWords = isOtherAudience(audience) ? (others?.referrals[audience][locale] ?? texts.victim) : texts.victim;
  const link = choice.situation ? questions?.link(choice.situation) : null;
  // The victims' button goes to the home page; the others' to their audience's page (with their words).
  const ctaUrl = link?.verified ? link.url : resolveUrl((isOtherAudience(audience) && others?.urlKeys[audience]) || 'home');
  const municipality = audience === 'municipality' && others ? others : null;
  return {
    heading: (choice.situation && questions?.[locale][choice.situation]) || words.heading,
    body: choice.situation ? [texts.situations[choice.situation].description, ...words.body.slice(1)] : words.body,
    cta: { label: words.cta, href: safeLink(ctaUrl) },
    status: cardStatus(audience, choice.publicLine),
    danger: [...RESIDENT_AUDIENCES, 'helper'].includes(audience) && cardStatus(audience, choice.publicLine) !== 'public',
    afterHours: municipality ? municipality.afterHours[locale] : null,
  };
}
