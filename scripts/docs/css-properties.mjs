// Reads the public --shn-* custom properties out of the elements' styles, with the chain of fallbacks each
// one goes through (private --_shn-* hops resolved, since those are not an API), and the description each
// element's JSDoc gives it (@cssprop). Pure functions on file texts: scripts/docs/cssprops-doc.mjs does the I/O,
// and the story tests run the same code to prove the committed JSON still matches the source.

const PUBLIC = /^--shn-/;
const PRIVATE = /^--_shn-/;

/** Removes /* … *\/ comments, keeping offsets stable enough for selector tracking. */
function stripComments(text) {
  return text.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
}

/** Index of the parenthesis closing the one opened at `open`. */
function closingParen(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    if (text[i] === '(') depth += 1;
    else if (text[i] === ')') {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** Splits `a, b(c, d), e` at top-level commas, at most once: `[name, fallback]`. */
function splitFirstComma(inner) {
  let depth = 0;
  for (let i = 0; i < inner.length; i += 1) {
    if (inner[i] === '(') depth += 1;
    else if (inner[i] === ')') depth -= 1;
    else if (inner[i] === ',' && depth === 0) return [inner.slice(0, i).trim(), inner.slice(i + 1).trim()];
  }
  return [inner.trim(), undefined];
}

/** `var(--a, var(--b, 1px))` → `{ name: '--a', fallback: 'var(--b, 1px)' }`, or null when not one var(). */
function parseVar(expression) {
  const text = expression.trim();
  if (!text.startsWith('var(') || closingParen(text, 3) !== text.length - 1) return null;
  const [name, fallback] = splitFirstComma(text.slice(4, -1));
  return { name, fallback };
}

/** The fallback chain after a property, private hops resolved: `['--basis-…', '#ffffff']`. */
function chainOf(fallback, privates, seen = new Set()) {
  if (fallback === undefined || fallback === '') return [];
  const inner = parseVar(fallback);
  if (!inner) return [fallback.replace(/\s+/g, ' ')];
  if (PRIVATE.test(inner.name)) {
    const definition = privates.get(inner.name);
    if (definition === undefined || seen.has(inner.name)) return inner.fallback ? chainOf(inner.fallback, privates, seen) : [];
    const chain = chainOf(definition, privates, new Set([...seen, inner.name]));
    // A private without a default of its own (it ends in a token) goes on to the fallback it is used with.
    return chain.length > 0 && chain.at(-1).startsWith('--') ? [...chain, ...chainOf(inner.fallback, privates, seen)] : chain;
  }
  return [inner.name, ...chainOf(inner.fallback, privates, seen)];
}

/** `--_shn-x: value;` definitions in one stylesheet text, first one wins. */
function privateDefinitions(text) {
  const definitions = new Map();
  for (const match of text.matchAll(/(--_shn-[\w-]+)\s*:\s*([^;{}]+);/g)) {
    if (!definitions.has(match[1])) definitions.set(match[1], match[2].trim());
  }
  return definitions;
}

/** Every `var(--shn-…)` in one stylesheet text with the rule and declaration it sits in. */
function usagesIn(text, privates) {
  const usages = [];
  const selectors = [];
  let statementStart = 0;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '{') {
      // The first rule follows the css` tag of the TypeScript module: keep only what comes after it.
      selectors.push(text.slice(statementStart, i).split('`').at(-1).trim().replace(/\s+/g, ' '));
      statementStart = i + 1;
    } else if (char === '}') {
      selectors.pop();
      statementStart = i + 1;
    } else if (char === ';') {
      statementStart = i + 1;
    } else if (text.startsWith('var(', i) && /^var\(\s*--shn-/.test(text.slice(i, i + 64))) {
      const close = closingParen(text, i + 3);
      const parsed = parseVar(text.slice(i, close + 1));
      if (!parsed || !PUBLIC.test(parsed.name)) continue;
      const declaration = text.slice(statementStart, i);
      const colon = declaration.indexOf(':');
      usages.push({
        name: parsed.name,
        selector: selectors.at(-1) ?? '',
        property: colon === -1 ? '' : declaration.slice(0, colon).trim(),
        chain: chainOf(parsed.fallback, privates),
      });
    }
  }
  return usages;
}

/** `@cssprop --name - description` lines of a component's JSDoc. */
function documentedProperties(text) {
  const documented = new Map();
  for (const match of text.matchAll(/@cssprop\s+(?:\{[^}]*\}\s+)?(--[\w-]+)\s*(?:-\s*)?([^\n]*)/g)) {
    documented.set(match[1], match[2].replace(/\s*\*\/\s*$/, '').trim());
  }
  return documented;
}

/**
 * @param {{ styles: { path: string, text: string }[], components: { path: string, text: string }[] }} sources
 *   `styles`: every `src/**\/*styles.ts`; `components`: every `src/**\/*.component.ts`.
 * @returns the document written to stories/generated/css-properties.json (deterministic: sorted, no dates).
 */
export function collectCssProperties({ styles, components }) {
  const sharedPrivates = new Map();
  for (const file of styles) {
    for (const [name, value] of privateDefinitions(stripComments(file.text))) if (!sharedPrivates.has(name)) sharedPrivates.set(name, value);
  }
  const byName = new Map();
  for (const file of [...styles].sort((a, b) => a.path.localeCompare(b.path))) {
    const text = stripComments(file.text);
    // The file's own private definitions win over the shared ones (an element may redefine a default).
    const privates = new Map([...sharedPrivates, ...privateDefinitions(text)]);
    for (const usage of usagesIn(text, privates)) {
      const entry = byName.get(usage.name) ?? { name: usage.name, usages: [] };
      entry.usages.push({ file: file.path, selector: usage.selector, property: usage.property, chain: usage.chain });
      byName.set(usage.name, entry);
    }
  }

  const descriptions = new Map();
  const elementOf = new Map();
  for (const file of components) {
    const tag = `shn-${file.path.split('/').at(-1).replace(/\.component\.ts$/, '')}`;
    for (const [name, description] of documentedProperties(file.text)) {
      descriptions.set(name, description);
      elementOf.set(name, tag);
    }
  }
  const tags = [...new Set(components.map((file) => `shn-${file.path.split('/').at(-1).replace(/\.component\.ts$/, '')}`))];
  const tagFor = (name) =>
    elementOf.get(name) ?? tags.filter((tag) => name.startsWith(`--${tag}-`)).sort((a, b) => b.length - a.length)[0] ?? 'shared';

  const elements = new Map();
  for (const entry of [...byName.values()].sort((a, b) => a.name.localeCompare(b.name))) {
    const element = tagFor(entry.name);
    const chains = [];
    for (const usage of entry.usages) {
      if (!chains.some((chain) => chain.join('|') === usage.chain.join('|'))) chains.push(usage.chain);
    }
    const list = elements.get(element) ?? [];
    list.push({ name: entry.name, description: descriptions.get(entry.name) ?? null, chains, usages: entry.usages });
    elements.set(element, list);
  }

  // The theme chains (scripts/build/token-chains.mjs): every private default that reads NL Design System
  // tokens, by what it sets, with its whole chain: --basis-*, then --utrecht-*, then the widget's default.
  const themeChains = [...sharedPrivates]
    .filter(([, value]) => /^var\(\s*--(basis|utrecht)-/.test(value))
    .map(([name, value]) => ({ name: name.replace(PRIVATE, ''), chain: chainOf(value, sharedPrivates) }));

  return {
    $comment: 'Generated by scripts/docs/cssprops-doc.mjs from src/**/*styles.ts and the @cssprop JSDoc. Do not edit: run "npm run stories:generate".',
    elements: [...elements.keys()].sort().map((element) => ({ element, properties: elements.get(element) })),
    themeChains,
    undocumented: [...byName.keys()].filter((name) => !descriptions.has(name)).sort(),
    unused: [...descriptions.keys()].filter((name) => !byName.has(name)).sort(),
  };
}
