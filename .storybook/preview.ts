import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
// The themes of the toolbar (stories/support/frame.ts, THEME_STYLESHEETS), each scoped to its class.
import '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
import '@utrecht/design-tokens/dist/theme.css';
import '@gemeente-denhaag/design-tokens-components/dist/theme/index.css';
import '@nl-design-system-unstable/rotterdam-design-tokens/dist/design-tokens.css';
import '@gemeentenijmegen/design-tokens/dist/index.css';
import '@nl-rvo/design-tokens/dist/index.css';
import '@amsterdam/design-system-tokens/dist/index.theme.css';
import '../stories/themes/amsterdam.css';
import '../stories/themes/dark-high-contrast.css';
import '../stories/themes/frame.css';
import manifestJson from '../custom-elements.json';
import cssProperties from '../stories/generated/css-properties.json';
import { decorators, globalTypes, initialGlobals } from '../stories/support/frame';
import { argTypesFromManifest, withTagNames, type Manifest } from './manifest-arg-types';

// Controls and docs tables come from custom-elements.json, which the analyzer writes from the JSDoc.
const manifest = withTagNames(manifestJson as Manifest);
setCustomElementsManifest(manifest);

const preview: Preview = {
  decorators,
  globalTypes,
  initialGlobals,
  tags: ['autodocs'],
  parameters: {
    // The frame brings its own padding and page colour.
    layout: 'fullscreen',
    options: { storySort: { order: ['Widgets', ['Contact status', 'Situation list', 'Referral card'], 'Theming'] } },
    controls: { expanded: true },
    docs: {
      extractArgTypes: (tagName: string) => argTypesFromManifest(tagName, manifest, cssProperties),
    },
  },
};

export default preview;
