import { VERSION } from '../core/version.js';

/** Marks a class with the version of the package that built it. */
export interface VersionedElement extends CustomElementConstructor {
  readonly shnVersion?: string;
}

const warnedTags = new Set<string>();

/**
 * Registers `tag` unless it is registered already: a municipality may load the CDN bundle twice, or
 * beside an npm build. The same version is silently fine; another version keeps the first and warns once.
 * Never throws into the host page.
 */
export function defineElement(tag: string, ctor: VersionedElement): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as VersionedElement | undefined;
  if (!existing) {
    try {
      registry.define(tag, ctor);
    } catch (error) {
      // Only possible when the same class object is already defined under another name.
      console.warn(`<${tag}> could not be registered: ${(error as Error).message}`);
    }
    return;
  }
  if (existing === ctor || existing.shnVersion === VERSION || warnedTags.has(tag)) return;
  warnedTags.add(tag);
  console.warn(
    `<${tag}> is already registered by @slachtofferhulp/widgets ${existing.shnVersion ?? '(unknown version)'}; ` +
      `this page also loads ${VERSION}. Keeping the first; load one copy to avoid surprises.`,
  );
}
