import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

/**
 * The define modules (src/define/*.ts) exist for their side effect: registering an element. A `sideEffects`
 * field in package.json that lists only dist/ files would let the bundler drop them from the stories
 * silently (empty, unknown elements). This plugin keeps them, whatever package.json says;
 * scripts/check/storybook-build.mjs proves it after every build.
 */
const keepDefineModules: Plugin = {
  name: 'shn-keep-define-modules',
  enforce: 'pre',
  transform(code, id) {
    return /[\\/]src[\\/]define[\\/][^\\/]+\.ts$/.test(id.split('?')[0] ?? '') ? { code, map: null, moduleSideEffects: true } : null;
  },
};

// Run through `npm run storybook` / `npm run build-storybook`: they write custom-elements.json and
// stories/generated/css-properties.json first (scripts/docs/storybook-prepare.mjs), which preview.ts imports.
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  // No network: no telemetry, no "what's new" fetch.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: (viteConfig) => ({ ...viteConfig, plugins: [...(viteConfig.plugins ?? []), keepDefineModules] }),
};

export default config;
