import { THEME_STYLESHEETS } from '../../stories/support/frame.js';

let loading: Promise<void> | undefined;

/**
 * Links the stylesheets behind the story themes into the page, once per page (the theme classes of
 * stories/support/frame.ts then apply). Rejects when one cannot be loaded: a missing theme must fail a test,
 * not pass it in the default theme.
 */
export function loadThemeStylesheets(): Promise<void> {
  loading ??= (async () => {
    for (const href of THEME_STYLESHEETS) {
      if (document.querySelector(`link[href="/${href}"]`)) continue;
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = `/${href}`;
      const loaded = new Promise((resolve, reject) => {
        link.onload = resolve;
        link.onerror = () => reject(new Error(`Could not load ${href}`));
      });
      document.head.append(link);
      await loaded;
    }
  })();
  return loading;
}
