// Search on its own, with the keywords, so a page can load it only when a search box is shown.
import { SITUATION_IDS, type SituationId } from './ids.js';
import { SITUATION_KEYWORDS } from './situation-keywords.js';
import { SITUATIONS } from './situations.js';
import { LOCALES } from './types.js';

/** Lower case, no accents, hyphens and runs of spaces as one space: "WhatsApp-fraude" → "whatsapp fraude". */
function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const MIN_QUERY_LENGTH = 3;

let terms: ReadonlyArray<readonly [SituationId, readonly string[]]> | undefined;

// Labels and keywords of both locales, normalised once, on the first search (not on import, so importing
// the module costs nothing): residents mix languages when they search.
function searchTerms(): ReadonlyArray<readonly [SituationId, readonly string[]]> {
  terms ??= SITUATION_IDS.map((id) => {
    const { label } = SITUATIONS[id];
    const keywords = SITUATION_KEYWORDS[id];
    return [id, LOCALES.flatMap((locale) => [label[locale], ...keywords[locale]]).map(normalise)] as const;
  });
  return terms;
}

/**
 * The situations whose label or keywords (in any locale) match what a resident typed, in factsheet
 * order. A term matches when one of its words starts with the query ("oplich" finds "oplichting",
 * but "moord" does not find "zelfmoord") or when the query contains the whole term ("ik ben opgelicht
 * via whatsapp" finds "opgelicht"). Case, accents and hyphens do not matter. Queries shorter than three
 * letters match nothing.
 */
export function searchSituations(query: string): readonly SituationId[] {
  const q = typeof query === 'string' ? normalise(query) : '';
  if (q.length < MIN_QUERY_LENGTH) return [];
  const padded = ` ${q} `;
  const matches = (term: string) => ` ${term}`.includes(` ${q}`) || padded.includes(` ${term} `);
  return searchTerms()
    .filter(([, words]) => words.some(matches))
    .map(([id]) => id);
}

/**
 * True when {@link searchSituations} searches for `query`: it has at least three letters or digits once
 * case, accents and punctuation are left out. A filter box shows every situation until then, so the
 * first letter typed does not empty the list.
 */
export function isSearchableQuery(query: string): boolean {
  return typeof query === 'string' && normalise(query).length >= MIN_QUERY_LENGTH;
}
