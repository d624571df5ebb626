// For the upgrade profile: turns Chromium CPU profiles (DevTools protocol, Profiler.stop) into the figures
// it prints. Only samples with widget code on the stack count (our files, Lit, luxon): the host page's own
// parsing and painting are not the widgets' start-up cost.

const LIBRARIES = [
  ['lit', /\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//],
  ['luxon', /\/node_modules\/luxon\/|\/dist\/cdn\/chunks\/luxon-/],
];

/** 'ours' (dist/), a library name, or '' for the browser's own (native) frames and the host page. */
function owner(url) {
  if (!url) return '';
  const path = new URL(url).pathname;
  for (const [name, pattern] of LIBRARIES) if (pattern.test(path)) return name;
  if (path.startsWith('/dist/')) return 'ours';
  return '';
}
const shortFile = (url) => new URL(url).pathname.replace(/^\/dist\/(cdn\/)?/, '').replace(/^\/node_modules\//, '');
const frameName = ({ functionName, url, lineNumber }) =>
  url ? `${functionName || '(module top level)'}  ${shortFile(url)}:${lineNumber + 1}` : `${functionName} (native)`;

// Our one place that calls customElements.define (base/define.ts); the CDN bundle's names are mangled, so
// there it falls back to the native frame, when the profile has one.
const isDefine = (frame) => (frame.functionName === 'defineElement' && /\/base\/define\.js$/.test(frame.url)) || (frame.url === '' && frame.functionName === 'define');

/**
 * (The browser's own Intl constructors and observers have no frames in a V8 profile: their time shows in
 * the JavaScript that calls them, and the profile's counted load lists them.)
 *
 * Start-up costs the issue names, each as a test on one stack frame; a sample counts for a category when
 * any frame on its stack passes (so a category includes what it calls; categories may overlap).
 */
export const CATEGORIES = [
  ['module evaluation (top-level code), without the upgrades define runs', (frame) => frame.owner && frame.lineNumber === 0 && !frame.functionName, (stack) => !stack.some(isDefine)],
  ['define + upgrade of waiting elements (constructors, connectedCallback)', isDefine],
  ['first renders (Lit update cycle: willUpdate, render, commit)', (frame) => frame.owner === 'lit' && frame.functionName === 'performUpdate'],
  ['deep freezing of content (content/freeze)', (frame) => /\/content\/freeze\.js$/.test(frame.url)],
  ['style sheets (our *.styles, Lit css/adoptStyles, CSSStyleSheet)', (frame) => /styles?\.js$|\/css-tag\.js$/.test(frame.url) || /^(replaceSync|adoptStyles|getCompatibleStyle|unsafeCSS|css)$/.test(frame.functionName) || (frame.url === '' && /CSSStyleSheet|adoptedStyleSheets/.test(frame.functionName))],
  ["luxon time-zone checks (IANAZone.isValidZone/create)", (frame) => frame.owner === 'luxon' && /^(isValidZone|isValidSpecifier)$/.test(frame.functionName)],
  ['luxon (all)', (frame) => frame.owner === 'luxon'],
  ['hours engine (hours/)', (frame) => /\/dist\/hours\//.test(frame.url)],
  ['Lit render (lit-html)', (frame) => /\/lit-html\//.test(frame.url)],
  ['garbage collection', (frame) => frame.functionName === '(garbage collector)'],
];

/** Time per key of one profile, in ms. */
function analyse(profile) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  for (const node of profile.nodes) node.callFrame.owner = owner(node.callFrame.url);
  const stacks = new Map();
  const stackOf = (id) => {
    if (!stacks.has(id)) {
      const frames = [];
      for (let at = id; at !== undefined; at = parent.get(at)) frames.push(nodes.get(at).callFrame);
      stacks.set(id, frames);
    }
    return stacks.get(id);
  };
  const total = { widgets: 0 };
  const bySelf = new Map();
  const byFunction = new Map();
  const byCategory = new Map();
  const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    const stack = stackOf(id);
    // GC and native leaves carry no URL: they count when widget code is below them on the stack.
    if (!stack.some((frame) => frame.owner)) return;
    total.widgets += ms;
    const leaf = stack[0];
    add(bySelf, leaf.owner === 'ours' ? shortFile(leaf.url) : leaf.owner || `${leaf.functionName} (native)`, ms);
    for (const key of new Set(stack.filter((frame) => frame.owner || frame.functionName).map(frameName))) add(byFunction, key, ms);
    for (const [label, test, alsoNeeds] of CATEGORIES) if (stack.some(test) && (!alsoNeeds || alsoNeeds(stack))) add(byCategory, label, ms);
  });
  return { total, bySelf, byFunction, byCategory };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const medianMap = (maps) => {
  const keys = new Set(maps.flatMap((map) => [...map.keys()]));
  return new Map([...keys].map((key) => [key, median(maps.map((map) => map.get(key) ?? 0))]).sort((a, b) => b[1] - a[1]));
};
const ms = (value) => `${value.toFixed(1).padStart(7)} ms`;

/** `categories: false` for the minified CDN bundle, where module, file and line no longer tell them apart. */
export function summarise(profiles, { top = 25, print = console.log, categories: byCategory = true } = {}) {
  const results = profiles.map(analyse);
  print(`Time with widget code on the stack: ${ms(median(results.map((r) => r.total.widgets)))}\n`);
  if (byCategory) {
    print('Start-up costs (time including what each calls; categories overlap):');
    const categories = medianMap(results.map((r) => r.byCategory));
    for (const [label] of CATEGORIES) print(`  ${label.padEnd(64)} ${ms(categories.get(label) ?? 0)}`);
  }
  print('\nSelf time by file (our files by path; Lit, luxon, native by name):');
  for (const [key, value] of [...medianMap(results.map((r) => r.bySelf))].slice(0, top)) print(`  ${key.padEnd(64)} ${ms(value)}`);
  print('\nFunctions by time including callees (top level of a module = its evaluation):');
  for (const [key, value] of [...medianMap(results.map((r) => r.byFunction))].slice(0, top)) print(`  ${key.slice(0, 90).padEnd(90)} ${ms(value)}`);
}
