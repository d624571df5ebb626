// Type tests: compiled by `npm run typecheck` (tsconfig.json includes test/), never run. Each @ts-expect-error
// makes tsc fail when the line below it starts to type-check, so a loosened type breaks the build.
import { resolveUrl, type Localized, type SituationId } from '../../src/content/index.js';

// @ts-expect-error 'arson' is not a situation id.
export const unknownSituation: SituationId = 'arson';

// @ts-expect-error A Localized text without its English translation.
export const dutchOnly: Localized = { nl: 'Alleen Nederlands' };

// @ts-expect-error No override key for an unknown situation.
export const unknownKey = () => resolveUrl('situation:arson');

export const knownSituation: SituationId = 'fraud';
