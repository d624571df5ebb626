/**
 * One format for every complaint about bad input, so a web team can grep the console:
 *   <shn-contact-status> audience="staff" is not valid; using "public". Valid: public, professional.
 * Each (element, attribute, value) is reported once per element instance, however often it re-renders.
 */
const reported = new WeakMap<object, Set<string>>();

/** Longest value quoted back in a warning: hostile input can be megabytes long. */
const MAX_QUOTED = 80;

/**
 * String(value) that never throws: plain JavaScript can pass an object without a prototype
 * (`Object.create(null)`) or with a throwing toString, and a warning must not become an exception.
 */
function safeString(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

export function quote(value: unknown): string {
  const text = safeString(value);
  return JSON.stringify(text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text);
}

export interface BadInput {
  /** Who received it: a tag name (`shn-contact-status`) or a function name (`setUrlOverrides`). */
  source: string;
  /** The attribute, property or field. */
  attribute: string;
  value: unknown;
  /** What happens instead, in a few words: `using "public"`, `showing the current time`. */
  fallback: string;
  /** Optional hint: the valid values, or why the value is wrong. */
  hint?: string;
}

export function warnBadInput(owner: object, input: BadInput): void {
  const key = `${input.attribute}\u0000${safeString(input.value)}`;
  let seen = reported.get(owner);
  if (!seen) reported.set(owner, (seen = new Set()));
  if (seen.has(key)) return;
  seen.add(key);
  const source = input.source.includes('-') ? `<${input.source}>` : input.source;
  const hint = input.hint ? ` ${input.hint}` : '';
  console.warn(`${source} ${input.attribute}=${quote(input.value)} is not valid; ${input.fallback}.${hint}`);
}

/**
 * Reads a value that must be one of `allowed` (an id, a keyword). Empty gives null silently; anything else
 * unknown warns once, listing the valid values, and gives null. `fallback` says what happens instead.
 */
export function knownValue<T extends string>(
  owner: HTMLElement,
  attribute: string,
  value: string | null | undefined,
  allowed: readonly T[],
  fallback: string,
): T | null {
  if (value == null || value === '') return null;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  warnBadInput(owner, { source: owner.localName, attribute, value, fallback, hint: `Valid: ${allowed.join(', ')}.` });
  return null;
}

/** Reads an attribute value that must be one of `allowed`; warns and falls back otherwise. */
export function oneOf<T extends string>(
  owner: HTMLElement,
  attribute: string,
  value: string | null | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  return knownValue(owner, attribute, value, allowed, `using "${fallback}"`) ?? fallback;
}
