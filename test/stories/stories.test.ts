import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { setViewport } from '../support/commands.js';
// @ts-expect-error -- the package's types point at a .d.mts file it does not ship; the function is typed below.
import { visualDiff as untypedVisualDiff } from '@web/test-runner-visual-regression';
import { render } from 'lit';
import sinon from 'sinon';
import { CORE_THEMES, LANGUAGES, THEMES, type LanguageId, type ThemeId } from '../../stories/support/frame.js';
import { loadThemeStylesheets } from '../support/themes.js';
import type { TestParameters } from '../../stories/support/test-parameters.js';
import { STORY_MODULES } from './all-stories.js';
import { composeStory, storiesOf, type StoryEntry } from './compose.js';
import { clockProblems, overflowProblems, renderProblems, settle } from './story-checks.js';

/*
 * Every story of every stories/**\/*.stories.ts file (all-stories.ts imports them all, and a test below
 * fails when it misses a file on disk; so a new story is tested without anyone writing a test), in both languages:
 * - it renders: every shn-* element registered and showing text, no console warning or error, a frozen clock,
 *   and at 320 px no sideways scrolling;
 * - it passes axe in the default, Voorbeeld and dark themes, and the stories that show the most of a theme
 *   (parameters.test.everyTheme) in every theme of the toolbar, the published municipal ones too;
 * - it looks like its committed screenshot (test/stories/screenshots/baseline/<story id>--<lang>.png).
 *   After an intended change: `npm run test:visual:update`, look at the new images, commit them.
 */

const visualDiff = untypedVisualDiff as (element: Node, name: string) => Promise<void>;
const VIEWPORT = { width: 720, height: 900 };

const stories: StoryEntry[] = STORY_MODULES.flatMap(([file, module]) => storiesOf(file, module));

interface Generated {
  storyFiles: string[];
  storiesIndexDrift: string | null;
  cssPropertiesDrift: string | null;
  baselines: string[];
  undocumented: string[];
  unused: string[];
}


const testParameters = (entry: StoryEntry) => ({ ...entry.meta.parameters?.['test'], ...entry.story.parameters?.['test'] }) as TestParameters;

/** The themes a story is checked in: all of the toolbar for the stories that ask for that. */
const themesOf = (entry: StoryEntry) => (testParameters(entry).everyTheme ? THEMES : CORE_THEMES);

/** The screenshots a story is compared with: both languages, and every theme when it asks for that. */
function screenshots(entry: StoryEntry): { name: string; lang: LanguageId; theme: ThemeId }[] {
  const test = testParameters(entry);
  return [
    ...LANGUAGES.map(({ id: lang }) => ({ name: `${entry.id}--${lang}`, lang, theme: 'default' as ThemeId })),
    ...(test.everyTheme
      ? THEMES.filter(({ id }) => id !== 'default').map(({ id: theme }) => ({ name: `${entry.id}--nl--${theme}`, lang: 'nl' as LanguageId, theme }))
      : []),
  ];
}

let container: HTMLElement | undefined;

async function show(entry: StoryEntry, lang: LanguageId, theme: ThemeId): Promise<HTMLElement> {
  container?.remove();
  container = document.createElement('div');
  document.body.append(container);
  render(composeStory(entry, { lang, theme }), container);
  const frame = container.querySelector<HTMLElement>('[data-shn-story-frame]');
  if (!frame) throw new Error(`${entry.id}: the story frame is missing (is the project decorator applied?)`);
  await settle(frame);
  return frame;
}

describe('stories', () => {
  before(async () => {
    await loadThemeStylesheets();
    document.body.style.margin = '0';
    await setViewport(VIEWPORT);
  });

  afterEach(() => {
    sinon.restore();
    container?.remove();
    container = undefined;
  });

  describe('generated files', () => {
    let generated: Generated;
    before(async () => {
      generated = await executeServerCommand<Generated, undefined>('shn-stories-generated');
    });

    it('test/stories/all-stories.ts lists every story file on disk', () => {
      expect(STORY_MODULES.map(([file]) => file)).to.deep.equal(generated.storyFiles);
      expect(generated.storiesIndexDrift).to.equal(null);
      expect(generated.storyFiles).to.include.members([
        'stories/contact-status.stories.ts',
        'stories/situation-list.stories.ts',
        'stories/referral-card.stories.ts',
      ]);
    });

    it('the CSS properties docs page matches the styles, and every property is documented', () => {
      expect(generated.cssPropertiesDrift).to.equal(null);
      expect(generated.undocumented, '--shn-* used in styles without an @cssprop').to.deep.equal([]);
      expect(generated.unused, '@cssprop without a use in the styles').to.deep.equal([]);
    });

    it('every baseline screenshot belongs to a story (delete the ones of removed stories)', () => {
      const expected = new Set(stories.flatMap((entry) => screenshots(entry).map(({ name }) => `${name}.png`)));
      expect(generated.baselines.filter((file) => !expected.has(file))).to.deep.equal([]);
    });
  });

  for (const entry of stories) {
    describe(`${entry.title} › ${entry.name}`, () => {
      for (const { id: lang } of LANGUAGES) {
        it(`renders in ${lang} and passes axe in its themes`, async function () {
          this.timeout(30000);
          const warn = sinon.stub(console, 'warn');
          const error = sinon.stub(console, 'error');
          for (const { id: theme } of themesOf(entry)) {
            const frame = await show(entry, lang, theme);
            const problems = [...renderProblems(frame), ...clockProblems(frame)];
            if ((entry.story.parameters?.['frame'] ?? entry.meta.parameters?.['frame'])?.width === 'narrow') {
              problems.push(...overflowProblems(frame));
            }
            expect(problems, `${entry.id} (${lang}, ${theme})`).to.deep.equal([]);
            await expect(frame, `${entry.id} (${lang}, ${theme})`).to.be.accessible();
          }
          expect(warn.args.map((args) => args.join(' ')), 'console.warn').to.deep.equal([]);
          expect(error.args.map((args) => args.join(' ')), 'console.error').to.deep.equal([]);
        });
      }

      for (const { name, lang, theme } of screenshots(entry)) {
        it(`looks like its baseline ${name}.png`, async function () {
          this.timeout(30000);
          const frame = await show(entry, lang, theme);
          await visualDiff(frame, name);
        });
      }
    });
  }
});
