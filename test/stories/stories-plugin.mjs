// Test-runner plugin for the story tests: answers a server command the browser cannot answer itself.
//   shn-stories-generated  whether the two generated files still match the source:
//                          test/stories/all-stories.ts (every story file on disk) and
//                          stories/generated/css-properties.json (the --shn-* properties of the styles),
//                          and which screenshots test/stories/screenshots/baseline/ holds
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CSS_PROPERTIES_FILE, cssPropertiesDrift } from '../../scripts/docs/cssprops-doc.mjs';
import { storiesIndexDrift, storyFiles } from '../../scripts/docs/stories-index.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const baselineDir = join(root, 'test/stories/screenshots/baseline');

export function storiesPlugin() {
  return {
    name: 'shn-stories',
    executeCommand({ command }) {
      if (command !== 'shn-stories-generated') return undefined;
      const { undocumented, unused } = JSON.parse(readFileSync(join(root, CSS_PROPERTIES_FILE), 'utf8'));
      return {
        storyFiles: storyFiles(),
        storiesIndexDrift: storiesIndexDrift(),
        cssPropertiesDrift: cssPropertiesDrift(),
        baselines: existsSync(baselineDir) ? readdirSync(baselineDir).filter((file) => file.endsWith('.png')).sort() : [],
        undocumented,
        unused,
      };
    },
  };
}
