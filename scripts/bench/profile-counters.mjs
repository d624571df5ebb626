// For the upgrade profile: counts (and times) the start-up work the issue names, by wrapping the browser's
// constructors and methods before any page script runs. `installCounters` is serialised into the page, so
// it uses nothing from this module's scope.

/** What is counted, by key, as printed. */
export const COUNTERS = {
  dtf: 'new Intl.DateTimeFormat (all)',
  dtfZone: '  … of which with a timeZone option',
  dtfFormat: 'Intl.DateTimeFormat format/formatToParts calls',
  resolvedOptions: 'Intl.DateTimeFormat resolvedOptions calls',
  numberFormat: 'new Intl.NumberFormat',
  pluralRules: 'new Intl.PluralRules',
  collator: 'new Intl.Collator',
  freeze: 'Object.freeze calls',
  sheet: 'new CSSStyleSheet',
  replaceSync: 'CSSStyleSheet replaceSync/replace calls',
  adopt: 'adoptedStyleSheets assignments',
  attachShadow: 'attachShadow calls',
  mutationObserver: 'new MutationObserver',
  mutationObserve: 'MutationObserver observe calls',
  resizeObserver: 'new ResizeObserver',
  intersectionObserver: 'new IntersectionObserver',
  mediaQuery: 'matchMedia calls',
};

export function installCounters() {
  const counters = {};
  window.__shnCounters = counters;
  const add = (key, ms) => {
    const entry = (counters[key] ??= { calls: 0, ms: 0, max: 0 });
    entry.calls += 1;
    entry.ms += ms;
    entry.max = Math.max(entry.max, ms);
  };
  const timed = (key, run, extra) => {
    const start = performance.now();
    try {
      return run();
    } finally {
      const ms = performance.now() - start;
      add(key, ms);
      if (extra) add(extra, ms);
    }
  };
  const wrapConstructor = (owner, name, key, extraKey) => {
    const original = owner[name];
    if (!original) return;
    owner[name] = new Proxy(original, {
      construct: (target, args, newTarget) => timed(key, () => Reflect.construct(target, args, newTarget), extraKey?.(args)),
      apply: (target, self, args) => timed(key, () => Reflect.apply(target, self, args), extraKey?.(args)),
    });
  };
  const wrapMethod = (prototype, name, key) => {
    const descriptor = prototype && Object.getOwnPropertyDescriptor(prototype, name);
    if (descriptor?.get) {
      // An accessor such as Intl.DateTimeFormat.prototype.format: wrap the function it hands out.
      Object.defineProperty(prototype, name, {
        ...descriptor,
        get() {
          const bound = descriptor.get.call(this);
          return (...args) => timed(key, () => bound(...args));
        },
      });
      return;
    }
    const original = descriptor?.value;
    if (typeof original !== 'function') return;
    Object.defineProperty(prototype, name, {
      configurable: true,
      writable: true,
      value: function (...args) {
        return timed(key, () => original.apply(this, args));
      },
    });
  };
  wrapConstructor(Intl, 'DateTimeFormat', 'dtf', (args) => (args[1]?.timeZone ? 'dtfZone' : undefined));
  wrapMethod(Intl.DateTimeFormat.prototype, 'format', 'dtfFormat');
  wrapMethod(Intl.DateTimeFormat.prototype, 'formatToParts', 'dtfFormat');
  wrapMethod(Intl.DateTimeFormat.prototype, 'resolvedOptions', 'resolvedOptions');
  wrapConstructor(Intl, 'NumberFormat', 'numberFormat');
  wrapConstructor(Intl, 'PluralRules', 'pluralRules');
  wrapConstructor(Intl, 'Collator', 'collator');
  const freeze = Object.freeze;
  Object.freeze = (value) => timed('freeze', () => freeze(value));
  wrapConstructor(window, 'CSSStyleSheet', 'sheet');
  wrapMethod(CSSStyleSheet.prototype, 'replaceSync', 'replaceSync');
  wrapMethod(CSSStyleSheet.prototype, 'replace', 'replaceSync');
  wrapMethod(Element.prototype, 'attachShadow', 'attachShadow');
  wrapConstructor(window, 'MutationObserver', 'mutationObserver');
  wrapMethod(MutationObserver.prototype, 'observe', 'mutationObserve');
  wrapConstructor(window, 'ResizeObserver', 'resizeObserver');
  wrapConstructor(window, 'IntersectionObserver', 'intersectionObserver');
  wrapMethod(Window.prototype, 'matchMedia', 'mediaQuery');
  for (const owner of [Document.prototype, ShadowRoot.prototype]) {
    const descriptor = Object.getOwnPropertyDescriptor(owner, 'adoptedStyleSheets');
    if (!descriptor?.set) continue;
    Object.defineProperty(owner, 'adoptedStyleSheets', {
      ...descriptor,
      set(value) {
        timed('adopt', () => descriptor.set.call(this, value));
      },
    });
  }
}
