import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { LANGUAGES, type LanguageId } from '../../stories/support/frame.js';
import { loadThemeStylesheets } from '../support/themes.js';
import { STORY_MODULES } from '../stories/all-stories.js';
import { composeStory, storiesOf, type StoryEntry } from '../stories/compose.js';
import { describeWhere, emulateForcedColors, sendKeys, setViewport, STARTED_WITH_FORCED_COLORS } from '../support/commands.js';
import { contrastProblems, deepElements, settle, shadowElements, widgetsIn } from './support.js';

/*
 * The accessibility matrix: every story (the storybook tests check each at 720 px in every theme) × both
 * languages × forced colours (Windows high contrast) off and on, on a 320 px wide screen:
 * - axe finds nothing;
 * - no widget scrolls sideways;
 * - every link, button and input is at least 44 × 44 px;
 * - text contrast is at least AA (axe checks it too; this also checks it under forced colours);
 * - a keyboard walk (Tab from before the story to after it) reaches every link and input once, in order,
 *   each with a visible focus outline.
 * Chromium emulates forced colours; Firefox cannot switch them at run time, so it runs the "off" half in the
 * normal groups and the "on" half in a Firefox started with forced colours (group forced-colors-firefox).
 * WebKit has no forced-colours mode: it runs the "off" half, and skips the "on" half by name.
 */

const WIDTH = 320;
const MIN_TARGET = 44;

const stories: StoryEntry[] = STORY_MODULES.flatMap(([file, module]) => storiesOf(file, module));

let container: HTMLElement | undefined;
const buttonBefore = document.createElement('button');
buttonBefore.textContent = 'Before the story';
const buttonAfter = document.createElement('button');
buttonAfter.textContent = 'After the story';

async function show(entry: StoryEntry, lang: LanguageId): Promise<HTMLElement> {
  container?.remove();
  container = document.createElement('div');
  document.body.append(container);
  render(composeStory(entry, { lang, theme: 'default' }), container);
  container.before(buttonBefore);
  container.after(buttonAfter);
  const frame = container.querySelector<HTMLElement>('[data-shn-story-frame]') ?? container;
  await settle(frame);
  await document.fonts.ready;
  return frame;
}

/** Links with an href, inputs and buttons inside the widgets' shadow roots. */
function controls(frame: Element): HTMLElement[] {
  return widgetsIn(frame)
    .flatMap((widget) => shadowElements(widget))
    .filter((element): element is HTMLElement => element.matches('a[href], button, input, select, textarea'))
    .filter((element, index, all) => all.indexOf(element) === index);
}

/** Everything a Tab press may reach in the story: the widgets' controls and the story's own light DOM. */
function tabbable(frame: Element): HTMLElement[] {
  return [...deepElements(frame), ...controls(frame)]
    .filter((element): element is HTMLElement => element.matches('a[href], button, input, select, textarea, [tabindex]'))
    .filter((element) => element.tabIndex >= 0 && !(element as HTMLInputElement).disabled && element.getClientRects().length > 0)
    .filter((element, index, all) => all.indexOf(element) === index);
}

function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const describeElement = (element: Element) =>
  `<${element.localName}${element.getAttribute('part') ? ` part="${element.getAttribute('part')}"` : ''}> "${(element.textContent ?? '').trim().slice(0, 30)}"`;

function targetProblems(frame: Element): string[] {
  return controls(frame).flatMap((element) => {
    const { width, height } = element.getBoundingClientRect();
    return width + 0.5 < MIN_TARGET || height + 0.5 < MIN_TARGET
      ? [`${describeElement(element)} is ${width.toFixed(1)} × ${height.toFixed(1)} px`]
      : [];
  });
}

function reflowProblems(frame: HTMLElement): string[] {
  return widgetsIn(frame)
    .filter((widget) => widget.scrollWidth > WIDTH || widget.getBoundingClientRect().right > WIDTH + 0.5)
    .map((widget) => `<${widget.localName}> is ${widget.scrollWidth}px wide on a ${WIDTH}px screen`);
}

/**
 * The widgets' own controls must show their focus outline (at least 2 px); the host page's slotted content
 * keeps the page's styling, for which the browser's own focus ring (`outline-style: auto`) counts as visible.
 */
function focusProblems(element: Element): string[] {
  const style = getComputedStyle(element);
  const width = parseFloat(style.outlineWidth);
  const inShadowRoot = element.getRootNode() instanceof ShadowRoot;
  if (!inShadowRoot && style.outlineStyle === 'auto') return [];
  if (style.outlineStyle === 'none' || style.outlineStyle === 'auto' || !(width >= 2)) {
    return [`${describeElement(element)} shows no focus outline (outline: ${style.outlineStyle} ${style.outlineWidth})`];
  }
  return [];
}

/** Tabs from the button before the story to the button after it; returns what got focus, in order. */
async function keyboardWalk(frame: Element): Promise<{ visited: Element[]; problems: string[] }> {
  buttonBefore.focus();
  const visited: Element[] = [];
  const problems: string[] = [];
  for (let presses = 0; presses < 80; presses += 1) {
    await sendKeys({ press: 'Tab' });
    const active = deepActiveElement();
    if (!active || active === buttonAfter) break;
    if (active === buttonBefore || active === document.body) {
      problems.push('focus left the story without reaching the button after it');
      break;
    }
    visited.push(active);
    problems.push(...focusProblems(active));
  }
  const expected = tabbable(frame);
  const missed = expected.filter((element) => !visited.includes(element));
  const twice = visited.filter((element, index) => visited.indexOf(element) !== index);
  problems.push(...missed.map((element) => `never reached ${describeElement(element)}`));
  problems.push(...twice.map((element) => `reached twice ${describeElement(element)}`));
  // Tab order follows the reading order: each stop is below, or on the same line after, the one before.
  for (let i = 1; i < visited.length; i += 1) {
    const previous = visited[i - 1].getBoundingClientRect();
    const current = visited[i].getBoundingClientRect();
    if (current.bottom <= previous.top) problems.push(`${describeElement(visited[i])} comes after ${describeElement(visited[i - 1])} but sits above it`);
  }
  return { visited, problems };
}

function assertNone(problems: string[], context: string): void {
  if (problems.length > 0) throw new Error(`${context}:\n  ${problems.join('\n  ')}`);
}

describe(`accessibility matrix at ${WIDTH} px @wcag 1.3.1 1.4.3 1.4.10 2.1.1 2.1.2 2.4.3 2.4.7 2.5.8 4.1.2`, () => {
  before(async () => {
    await loadThemeStylesheets();
    document.body.style.margin = '0';
    await setViewport({ width: WIDTH, height: 800 });
  });

  after(async () => {
    container?.remove();
    buttonBefore.remove();
    buttonAfter.remove();
    if (!STARTED_WITH_FORCED_COLORS) await emulateForcedColors(false);
  });

  it('has stories of every element', () => {
    const tags = new Set(stories.map((entry) => String(entry.meta.component)));
    expect([...tags].sort()).to.include.members(['shn-contact-status', 'shn-referral-card', 'shn-situation-list']);
  });

  for (const forced of [false, true]) {
    describeWhere([forced ? 'forced colours' : 'no forced colours'], forced ? 'forced colours on' : 'forced colours off', () => {
      before(async () => {
        expect(await emulateForcedColors(forced), 'forced colours switched').to.equal(true);
      });

      for (const entry of stories) {
        for (const { id: lang } of LANGUAGES) {
          it(`${entry.title} › ${entry.name} (${lang})`, async function () {
            this.timeout(60000);
            const frame = await show(entry, lang);
            expect(matchMedia('(forced-colors: active)').matches, 'forced colours').to.equal(forced);
            const context = `${entry.id} (${lang}, forced colours ${forced ? 'on' : 'off'})`;
            assertNone(
              [
                ...reflowProblems(frame),
                ...targetProblems(frame),
                ...widgetsIn(frame).flatMap((widget) => contrastProblems(widget).map((problem) => `<${widget.localName}>: ${problem}`)),
              ],
              context,
            );
            await expect(frame, context).to.be.accessible();
            // The keyboard walk does not depend on the language: once per story and colour mode.
            if (lang === LANGUAGES[0].id) {
              const { visited, problems } = await keyboardWalk(frame);
              assertNone(problems, `${context}, keyboard`);
              expect(visited.length, `${context}: keyboard stops`).to.equal(tabbable(frame).length);
            }
          });
        }
      }
    });
  }
});
