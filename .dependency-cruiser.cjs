// `npm run lint` runs this over src/: the folders and which may import which (README → Architecture).
// Floors, bottom up: core (DOM-free helpers) → hours, content (ground floor: no Lit, no DOM) → base (Lit
// shared code) → the elements → define (registration) → react, ssr (server rendering), ssr-client (hydration). Nothing imports a floor above its own.
const ELEMENTS = '(contact-status|situation-list|referral-card)';

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'Modules that tie both ways.', from: {}, to: { circular: true } },
    {
      name: 'core-imports-nothing',
      severity: 'error',
      comment: 'core/ holds DOM-free helpers: it imports nothing else of src/ (and no Lit).',
      from: { path: '^src/core/' },
      to: { path: ['^src/(?!core/)', 'node_modules/(lit|@lit|lit-html|lit-element|luxon)/'] },
    },
    {
      name: 'hours-is-ground-floor',
      severity: 'error',
      comment: 'hours/ (the opening-hours engine and Dutch time) imports only core/ and luxon.',
      from: { path: '^src/hours/' },
      to: { path: ['^src/(?!hours/|core/)', 'node_modules/(lit|@lit|lit-html|lit-element)/'] },
    },
    {
      name: 'content-is-ground-floor',
      severity: 'error',
      comment: 'content/ (the factsheet as data) imports only core/ and the types of hours/.',
      from: { path: '^src/content/' },
      to: { path: ['^src/(?!content/|core/|hours/)', 'node_modules/(lit|@lit|lit-html|lit-element|luxon)/'] },
    },
    {
      name: 'content-uses-only-types-of-hours',
      severity: 'error',
      comment: 'content/ describes opening hours as data; it does not run the engine.',
      from: { path: '^src/content/' },
      to: { path: '^src/hours/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'base-below-the-elements',
      severity: 'error',
      comment: 'base/ (shared Lit code) knows no element, content or hours.',
      from: { path: '^src/base/' },
      to: { path: '^src/(?!base/|core/)' },
    },
    {
      name: 'elements-do-not-register',
      severity: 'error',
      comment: 'An element module registers nothing: only define/ does, and react/ builds on define/.',
      from: { path: `^src/${ELEMENTS}/` },
      to: { path: '^src/(define|react)/|^src/index\\.ts$' },
    },
    {
      name: 'define-registers-only',
      severity: 'error',
      comment: 'define/ imports element classes and the registration helper, nothing that imports it back.',
      from: { path: '^src/define/' },
      to: { path: '^src/(react/|index\\.ts$)' },
    },
    {
      name: 'ssr-is-a-top-floor',
      severity: 'error',
      comment: 'ssr/ (server rendering, Node) and ssr-client/ (hydration) sit on top: nothing in src/ imports them.',
      from: { path: '^src/(?!ssr/|ssr-client/)' },
      to: { path: '^src/(ssr|ssr-client)/' },
    },
    {
      name: 'ssr-client-is-lit-only',
      severity: 'error',
      comment: 'ssr-client/ only patches Lit for hydration: no element code, so it adds nothing to other pages. widgets.ts is the CDN hydrating entry: the support with the define modules in one file.',
      from: { path: '^src/ssr-client/', pathNot: '^src/ssr-client/widgets\\.ts$' },
      to: { path: '^src/(?!ssr-client/)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'default'], extensions: ['.ts', '.js'] },
  },
};
