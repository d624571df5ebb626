// `npm run lint`: typescript-eslint, and for the elements eslint-plugin-lit (templates) and eslint-plugin-wc
// (custom-element rules). lit-analyzer type-checks the template bindings separately (see package.json).
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // test/consumers/: apps for other frameworks, checked by their own tools (scripts/test/consumers.mjs).
  { ignores: ['dist/', 'storybook-static/', 'custom-elements.json', '.cache/', '.tmp/', 'stories/generated/', 'node_modules/', 'test/consumers/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/recommended'],
    settings: { wc: { elementBaseClasses: ['LitElement', 'ShnElement'] } },
  },
  {
    // Node scripts and plain browser modules (demo, test pages); some scripts also hand functions to a browser.
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    rules: {
      // `_name` marks a parameter or binding that is there on purpose (a setter's ignored value, a skipped tuple item).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
);
