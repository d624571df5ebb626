// The published NL Design System themes the widgets are tested against (test/themes/), each as its npm
// package ships it, for the configurator's preview. The demo server serves exactly these files under
// /themes/ (scripts/dev/demo.mjs). Storybook's toolbar lists the same themes (stories/support/frame.ts);
// test/themes/published-themes.test.ts checks that the two lists agree.
export const PUBLISHED_THEMES = [
  { id: 'voorbeeld', label: 'NL Design System: Voorbeeld', className: 'voorbeeld-theme', stylesheets: ['node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css'] },
  { id: 'utrecht', label: 'Gemeente Utrecht', className: 'utrecht-theme', stylesheets: ['node_modules/@utrecht/design-tokens/dist/theme.css'] },
  { id: 'denhaag', label: 'Gemeente Den Haag', className: 'denhaag-theme', stylesheets: ['node_modules/@gemeente-denhaag/design-tokens-components/dist/theme/index.css'] },
  { id: 'rotterdam', label: 'Gemeente Rotterdam', className: 'rotterdam-theme', stylesheets: ['node_modules/@nl-design-system-unstable/rotterdam-design-tokens/dist/design-tokens.css'] },
  { id: 'nijmegen', label: 'Gemeente Nijmegen', className: 'nijmegen-theme', stylesheets: ['node_modules/@gemeentenijmegen/design-tokens/dist/index.css'] },
  { id: 'rvo', label: 'RVO (Rijkshuisstijl)', className: 'rvo-theme', stylesheets: ['node_modules/@nl-rvo/design-tokens/dist/index.css'] },
  {
    id: 'amsterdam',
    label: 'Gemeente Amsterdam (mapped)',
    className: 'ams-theme',
    stylesheets: ['node_modules/@amsterdam/design-system-tokens/dist/index.theme.css', 'stories/themes/amsterdam.css'],
  },
];

/** Where the demo server serves a theme stylesheet (a path in the repository). */
export const themeUrl = (path) => `/themes/${path}`;
