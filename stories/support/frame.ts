import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { styleMap } from 'lit/directives/style-map.js';

/**
 * The themes of the toolbar. Each is a class on the frame around the story; the stylesheets that define
 * them are imported by .storybook/preview.ts (and linked by the story tests, see THEME_STYLESHEETS).
 * `family` says how a theme reaches the widgets: NL Design System --basis-* tokens, the --utrecht-* tokens
 * most municipal themes define, or --ams-* tokens through the mapping in stories/themes/amsterdam.css.
 * `published`: a theme published on npm, which test/themes/ checks token by token; the others (the default
 * look, dark with high contrast) are checked in every story by test/a11y/themes.test.ts.
 */
export const THEMES = [
  { id: 'default', title: 'Default look', className: '', family: 'own', published: false },
  { id: 'voorbeeld', title: 'NL Design System: Voorbeeld theme', className: 'voorbeeld-theme', family: 'basis', published: true },
  { id: 'utrecht', title: 'Gemeente Utrecht', className: 'utrecht-theme', family: 'utrecht', published: true },
  { id: 'denhaag', title: 'Gemeente Den Haag', className: 'denhaag-theme', family: 'utrecht', published: true },
  { id: 'rotterdam', title: 'Gemeente Rotterdam', className: 'rotterdam-theme', family: 'utrecht', published: true },
  { id: 'nijmegen', title: 'Gemeente Nijmegen', className: 'nijmegen-theme', family: 'utrecht', published: true },
  { id: 'rvo', title: 'RVO (Rijkshuisstijl)', className: 'rvo-theme', family: 'utrecht', published: true },
  { id: 'amsterdam', title: 'Gemeente Amsterdam (mapped)', className: 'ams-theme', family: 'amsterdam', published: true },
  { id: 'dark', title: 'Dark, high contrast', className: 'shn-theme-dark', family: 'basis', published: false },
] as const;

export type ThemeId = (typeof THEMES)[number]['id'];

/** The themes every story is checked in (axe, contrast, targets); the published ones only in their themed stories. */
export const CORE_THEMES = THEMES.filter(({ published, id }) => !published || id === 'voorbeeld');

/**
 * Stylesheets behind the themes and the frame, relative to the repository root: each theme's own CSS as its
 * npm package publishes it (exact versions in package.json), scoped to its theme class.
 */
export const THEME_STYLESHEETS = [
  'node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css',
  'node_modules/@utrecht/design-tokens/dist/theme.css',
  'node_modules/@gemeente-denhaag/design-tokens-components/dist/theme/index.css',
  'node_modules/@nl-design-system-unstable/rotterdam-design-tokens/dist/design-tokens.css',
  'node_modules/@gemeentenijmegen/design-tokens/dist/index.css',
  'node_modules/@nl-rvo/design-tokens/dist/index.css',
  'node_modules/@amsterdam/design-system-tokens/dist/index.theme.css',
  'stories/themes/amsterdam.css',
  'stories/themes/dark-high-contrast.css',
  'stories/themes/frame.css',
] as const;

export const LANGUAGES = [
  { id: 'nl', title: 'Nederlands' },
  { id: 'en', title: 'English' },
] as const;

export type LanguageId = (typeof LANGUAGES)[number]['id'];

/** Story parameters the frame reads. */
export interface FrameParameters {
  /** `narrow`: a 320 px wide frame, the narrowest screen a page must reflow to (WCAG 1.4.10). */
  width?: 'narrow';
}

export const globalTypes: Preview['globalTypes'] = {
  lang: {
    description: 'Language of the page around the widget (a <div lang> wrapper)',
    toolbar: { title: 'Language', icon: 'globe', items: LANGUAGES.map(({ id, title }) => ({ value: id, title })), dynamicTitle: true },
  },
  theme: {
    description: 'Look of the widget: default, a published NL Design System or municipal theme, or dark with high contrast',
    toolbar: { title: 'Theme', icon: 'paintbrush', items: THEMES.map(({ id, title }) => ({ value: id, title })), dynamicTitle: true },
  },
};

export const initialGlobals: Preview['initialGlobals'] = { lang: 'nl', theme: 'default' };

/** Custom properties a designer typed in the controls (`--shn-…` args), set on the frame so they inherit. */
function customProperties(args: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(args).filter(
      (entry): entry is [string, string] => entry[0].startsWith('--shn-') && typeof entry[1] === 'string' && entry[1] !== '',
    ),
  );
}

/**
 * Wraps every story in the page a widget meets: the chosen language on a `<div lang>` and the chosen
 * theme's class, with the theme's page background. The story tests screenshot this frame.
 */
export const withFrame: Decorator = (story, { globals, args, parameters }) => {
  const theme = THEMES.find(({ id }) => id === globals['theme']) ?? THEMES[0];
  const lang: LanguageId = globals['lang'] === 'en' ? 'en' : 'nl';
  const frame = (parameters['frame'] ?? {}) as FrameParameters;
  const classes: Record<string, boolean> = { 'shn-story-frame': true, 'shn-story-frame--narrow': frame.width === 'narrow' };
  if (theme.className) classes[theme.className] = true;
  return html`<div class=${classMap(classes)} lang=${lang} data-shn-story-frame style=${styleMap(customProperties(args))}>
    ${story()}
  </div>`;
};

export const decorators: Decorator[] = [withFrame];
