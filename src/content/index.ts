/**
 * The widgets' content: every fact of Slachtofferhulp Nederland's 2023 factsheet for municipalities,
 * as typed data in Dutch and English, plus the links (which the embedding site may override).
 * DOM-free: safe to import anywhere.
 */
export { LOCALES, type Locale, type Localized } from './types.js';
export {
  AUDIENCE_IDS,
  CHANNEL_IDS,
  DOMAIN_IDS,
  SITUATION_IDS,
  type AudienceId,
  type ChannelId,
  type DomainId,
  type SituationId,
} from './ids.js';
export { isAudienceId, isChannelId, isDomainId, isSituationId } from './guards.js';
export { SITUATIONS, type Situation } from './situations.js';
export { SITUATION_QUESTIONS } from './situation-questions.js';
export { SITUATION_KEYWORDS } from './situation-keywords.js';
export { AUDIENCES, type Audience } from './audiences.js';
export { REFERRALS, type Referral, type ReferralCta } from './referrals.js';
export { DOMAINS, DOMAINS_HEADING, type DomainService, type MunicipalDomain } from './domains.js';
export { PHONE, type Phone } from './phone.js';
export { PROFESSIONAL_LINE_HOURS } from './professional-line.js';
export { EMERGENCY_ROUTE } from './emergency-route.js';
export { PUBLIC_LINE, PUBLIC_LINE_READINGS, type PublicLineReading, type PublicLineSource } from './public-line.js';
export { EMERGENCY_NUMBER, type EmergencyNumber } from './emergency-number.js';
export { CHANNELS, type Channel } from './channels.js';
export { ORGANISATION, type Organisation } from './organisation.js';
export { MUNICIPAL_SUPPORT, type MunicipalSupport } from './municipal-support.js';
export { SITUATION_URLS, URLS } from './urls.js';
export {
  hasUrlOverride,
  isSafeHref,
  isUrlKey,
  resetUrlOverrides,
  resolveUrl,
  setUrlOverrides,
  type UrlKey,
} from './overrides.js';
export { situationsForAudience } from './lookup.js';
export { searchSituations } from './search.js';
export { SUICIDE_PREVENTION_LINE, type CrisisLine, type CrisisPhone } from './crisis-lines.js';
