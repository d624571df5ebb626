import { expect } from '@open-wc/testing';
import { backgroundBehind, contrastRatio, parseColor } from '../hardening/support.js';
import { widgetsIn } from '../support/deep-elements.js';
import { controls, describeElement, shadowElements } from './geometry.js';
import { setScreen } from './screen.js';
import { CORE_THEMES } from '../../stories/support/frame.js';
import { removeStory, showStory, STORIES, storyElement, storyTitle } from './stories.js';

/*
 * In the core themes of the stories (the default look, the NL Design System Voorbeeld theme, dark with high
 * contrast), at 320 px (the published municipal themes: test/themes/published-themes.test.ts):
 * - WCAG 1.4.11 non-text contrast, at least 3:1 against what is next to it: the focus outline of every
 *   control, the border of the search box (the only control whose edge shows where to click or type), and
 *   the status dot. Card and box borders and the emergency bar are decoration: text says what they say.
 * - WCAG 2.5.8 target size (minimum): every link and the search box at least 24 × 24 CSS px (the widgets
 *   aim at 44, which test/hardening/a11y-matrix.test.ts checks in the default theme).
 */

const MIN_NON_TEXT = 3;
const MIN_TARGET = 24;

function ratio(foreground: string, element: Element): number | null {
  const color = parseColor(foreground);
  if (!color || color[3] === 0) return null;
  return contrastRatio(color, backgroundBehind(element));
}

function focusProblems(frame: Element): string[] {
  return controls(frame).flatMap((control) => {
    control.focus({ focusVisible: true } as FocusOptions);
    const style = getComputedStyle(control);
    const width = parseFloat(style.outlineWidth);
    if (style.outlineStyle === 'none' || !(width >= 2)) return [`${describeElement(control)} shows no focus outline`];
    // The outline sits outside the control (outline-offset), on what is behind the control.
    const contrast = ratio(style.outlineColor, control.parentElement ?? control);
    control.blur();
    return contrast === null || contrast + 1e-6 < MIN_NON_TEXT
      ? [`${describeElement(control)}: focus outline ${style.outlineColor} has contrast ${contrast?.toFixed(2)} < ${MIN_NON_TEXT}`]
      : [];
  });
}

function borderProblems(frame: Element): string[] {
  return controls(frame)
    .filter((control) => control.localName === 'input')
    .flatMap((input) => {
      const style = getComputedStyle(input);
      const contrast = ratio(style.borderTopColor, input.parentElement ?? input);
      return parseFloat(style.borderTopWidth) >= 1 && contrast !== null && contrast + 1e-6 >= MIN_NON_TEXT
        ? []
        : [`${describeElement(input)}: border ${style.borderTopWidth} ${style.borderTopColor} has contrast ${contrast?.toFixed(2)}`];
    });
}

function indicatorProblems(frame: Element): string[] {
  return widgetsIn(frame)
    .flatMap((widget) => shadowElements(widget))
    .filter((element) => element.getAttribute('part') === 'indicator')
    .flatMap((dot) => {
      const contrast = ratio(getComputedStyle(dot).backgroundColor, dot.parentElement ?? dot);
      return contrast !== null && contrast + 1e-6 >= MIN_NON_TEXT ? [] : [`status dot has contrast ${contrast?.toFixed(2)} < ${MIN_NON_TEXT}`];
    });
}

function targetProblems(frame: Element): string[] {
  return controls(frame).flatMap((control) => {
    const { width, height } = control.getBoundingClientRect();
    return width + 0.5 < MIN_TARGET || height + 0.5 < MIN_TARGET ? [`${describeElement(control)} is ${width.toFixed(1)} × ${height.toFixed(1)} px`] : [];
  });
}

describe('in every theme', () => {
  before(() => setScreen(320, 800));
  after(() => removeStory());

  for (const theme of CORE_THEMES) {
    describe(theme.title, () => {
      it('the stories have controls to measure', async () => {
        let found = 0;
        for (const entry of STORIES) found += controls(await showStory(entry, 'nl', theme.id)).length;
        expect(found).to.be.greaterThan(STORIES.length);
      });
      for (const entry of STORIES) {
        it(`${storyElement(entry)}: ${storyTitle(entry)}: focus outline, search box border and status dot at least 3:1 @wcag 1.4.11 2.4.7`, async () => {
          const frame = await showStory(entry, 'nl', theme.id);
          const problems = [...focusProblems(frame), ...borderProblems(frame), ...indicatorProblems(frame)];
          expect(problems, problems.join('\n')).to.deep.equal([]);
        });
        it(`${storyElement(entry)}: ${storyTitle(entry)}: every target at least 24 × 24 px @wcag 2.5.8`, async () => {
          const frame = await showStory(entry, 'nl', theme.id);
          const problems = targetProblems(frame);
          expect(problems, problems.join('\n')).to.deep.equal([]);
        });
      }
    });
  }
});
