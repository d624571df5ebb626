// Lit's hydration support registers a hook that LitElement calls as its module is evaluated. Wrapped here so
// that it patches LitElement once, whichever comes first: Lit evaluated after this module (unbundled, or a
// bundler that keeps this import first) calls the hook itself; Lit evaluated before it (a bundler that
// hoists Lit) is patched by ./index.ts calling it.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

type Hook = (lit: { LitElement: unknown }) => void;
const scope = globalThis as { litElementHydrateSupport?: Hook };
const original = scope.litElementHydrateSupport;
let patched = false;

/** Patches LitElement for hydration, at most once. */
export const hydrateSupport: Hook = (lit) => {
  if (patched || !original) return;
  patched = true;
  original(lit);
};
scope.litElementHydrateSupport = hydrateSupport;
