import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { styleMap } from 'lit/directives/style-map.js';

/**
 * The themes of the toolbar. Each is a class on the frame around the story; the stylesheets that define
 * them are imported by .storybook/preview.ts (and linked by the story tests, see THEME_STYLESHEETS).
 */
export const THEMES = [
  { id: 'default', title: 'Default look', className: '' },
  { id: 'voorbeeld', title: 'NL Design System: Voorbeeld theme', className: 'voorbeeld-theme' },
  { id: 'dark', title: 'Dark, high contrast', className: 'shn-theme-dark' },
] as const;

export type ThemeId = (typeof THEMES)[number]['id'];

/** Stylesheets behind the themes and the frame, relative to the repository root. */
export const THEME_STYLESHEETS = [
  'node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css',
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
    description: 'Look of the widget: default, an NL Design System theme, or dark with high contrast',
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
