import type { AudienceId } from './ids.js';
import type { UrlKey } from './overrides.js';

/** Which link each audience's button uses: the residents' go to the home page, the others to their platform. */
export const REFERRAL_URL_KEYS: Readonly<Record<AudienceId, UrlKey>> = {
  victim: 'home',
  witness: 'home',
  bereaved: 'home',
  'left-behind': 'home',
  vulnerable: 'home',
  professional: 'professionals',
  helper: 'helpers',
  municipality: 'municipalities',
};
