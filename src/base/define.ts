import { VERSION } from '../core/version.js';
import type { ElementClass } from './shn-element.js';

const warnedTags = new Set<string>();

/**
 * Registers `tag`, after the elements it renders (its class's `dependencies`), unless it is registered
 * already: a municipality may load the CDN bundle twice, or beside an npm build. The same version is silently
 * fine; another version keeps the first and warns once. Never throws into the host page.
 */
export function defineElement(tag: string, ctor: ElementClass): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  for (const [dependency, dependencyClass] of Object.entries(ctor.dependencies)) defineElement(dependency, dependencyClass);
  const existing = registry.get(tag) as Partial<ElementClass> | undefined;
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
