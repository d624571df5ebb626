import { SITUATION_IDS, type AudienceId, type SituationId } from './ids.js';

/*
 * Audiences per situation. The factsheet only lists who and what, not which goes with which, so:
 * - `helper` is in every situation: family, friends and colleagues can support any victim, and the
 *   platform "Voor de Helpers" is for all of them.
 * - `left-behind` ("achterblijvers") is Slachtofferhulp's word for the relatives of a missing person,
 *   so it goes with missing persons, disasters (people waiting for news) and peer support. Relatives
 *   after a suicide are "nabestaanden" (`bereaved`).
 * - `vulnerable`: crimes that often hit vulnerable residents harder (violence, sexual offences,
 *   stalking, fraud, burglary, transgressive behaviour).
 * - `professional`: situations professionals meet in their own work, as the person affected
 *   (workplace accident, finding a body, transgressive behaviour) or as a partner (disaster, suicide).
 *   Any professional can refer a victim in any situation; the referral card covers that.
 * - `municipality`: the High Impact Crimes of the "Sociale veiligheid" domain (violence, burglary,
 *   robbery), disasters, and peer support (part of the crisis information centre).
 */
export const SITUATION_AUDIENCES: Readonly<Record<SituationId, readonly AudienceId[]>> = {
  violence: ['victim', 'witness', 'bereaved', 'vulnerable', 'helper', 'municipality'],
  'sexual-offences': ['victim', 'witness', 'vulnerable', 'helper'],
  'stalking-threats': ['victim', 'vulnerable', 'helper'],
  fraud: ['victim', 'vulnerable', 'helper'],
  burglary: ['victim', 'vulnerable', 'helper', 'municipality'],
  'workplace-accidents': ['victim', 'witness', 'bereaved', 'professional', 'helper'],
  'missing-persons': ['left-behind', 'helper'],
  'traffic-accidents': ['victim', 'witness', 'bereaved', 'helper'],
  suicide: ['witness', 'bereaved', 'professional', 'helper'],
  'disaster-crisis': ['victim', 'witness', 'bereaved', 'left-behind', 'professional', 'helper', 'municipality'],
  'body-discovery': ['witness', 'professional', 'helper'],
  robbery: ['victim', 'witness', 'helper', 'municipality'],
  'peer-support': ['victim', 'bereaved', 'left-behind', 'helper', 'municipality'],
  'transgressive-behaviour': ['victim', 'witness', 'vulnerable', 'professional', 'helper'],
};

/** The ids of the situations that concern an audience, in factsheet order. */
export function situationIdsForAudience(audience: AudienceId): SituationId[] {
  return SITUATION_IDS.filter((id) => SITUATION_AUDIENCES[id].includes(audience));
}
