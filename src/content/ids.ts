/** The situations Slachtofferhulp Nederland helps with, in the order of the 2023 factsheet ("In welke situaties"). */
export const SITUATION_IDS = [
  'violence',
  'sexual-offences',
  'stalking-threats',
  'fraud',
  'burglary',
  'workplace-accidents',
  'missing-persons',
  'traffic-accidents',
  'suicide',
  'disaster-crisis',
  'body-discovery',
  'robbery',
  'peer-support',
  'transgressive-behaviour',
] as const;
export type SituationId = (typeof SITUATION_IDS)[number];

/**
 * Who the help is for: the factsheet's "Voor wie" list, plus helpers ("Voor helpers") and
 * municipalities ("Voor gemeenten"), which the factsheet addresses in their own blocks.
 */
export const AUDIENCE_IDS = [
  'victim',
  'witness',
  'bereaved',
  'left-behind',
  'vulnerable',
  'professional',
  'helper',
  'municipality',
] as const;
export type AudienceId = (typeof AUDIENCE_IDS)[number];

/** The three municipal domains of the factsheet ("Samenwerking binnen 3 gemeentelijke domeinen"). */
export const DOMAIN_IDS = ['social', 'social-safety', 'crisis'] as const;
export type DomainId = (typeof DOMAIN_IDS)[number];

/** The ways to reach Slachtofferhulp Nederland that the factsheet names. */
export const CHANNEL_IDS = [
  'phone',
  'emergency-route',
  'website',
  'helpers-platform',
  'professionals-platform',
] as const;
export type ChannelId = (typeof CHANNEL_IDS)[number];
