import { expect } from '@open-wc/testing';
import { controls, describeElement } from './geometry.js';
import { setScreen } from './screen.js';
import { removeStory, showStory, STORIES, storyElement, storyTitle } from './stories.js';

/*
 * WCAG 2.4.11 focus not obscured (minimum): when a control gets keyboard focus on a small screen (320 ×
 * 256 CSS px, 400% zoom of 1280 × 1024), the browser scrolls it into view and nothing of the widgets
 * (no sticky or fixed part, no overlapping box) covers it. A host page's own sticky header is the
 * page's responsibility (see docs/accessibility-manual.md).
 */

/** The element drawn at a point, looking into shadow roots. */
function deepElementFromPoint(x: number, y: number): Element | null {
  let element = document.elementFromPoint(x, y);
  while (element?.shadowRoot) {
    const inner = element.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === element) break;
    element = inner;
  }
  return element;
}

function covered(control: HTMLElement): string[] {
  control.focus({ focusVisible: true } as FocusOptions);
  control.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const rect = control.getBoundingClientRect();
  // The visible area without scroll bars (Firefox draws them).
  const innerWidth = document.documentElement.clientWidth;
  const innerHeight = document.documentElement.clientHeight;
  const problems: string[] = [];
  if (rect.bottom <= 0 || rect.top >= innerHeight || rect.right <= 0 || rect.left >= innerWidth) {
    problems.push(`${describeElement(control)} is off screen when focused`);
  }
  // The corners (just inside) and the centre: entirely hidden would mean all five are covered; the
  // widgets should not cover any of them.
  const points = [
    [rect.left + rect.width / 2, rect.top + rect.height / 2],
    [rect.left + 2, rect.top + 2],
    [rect.right - 2, rect.top + 2],
    [rect.left + 2, rect.bottom - 2],
    [rect.right - 2, rect.bottom - 2],
  ];
  for (const [x, y] of points) {
    if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
    const top = deepElementFromPoint(x, y);
    if (top && top !== control && !control.contains(top)) problems.push(`${describeElement(control)} is covered by ${describeElement(top)} at (${x.toFixed(0)}, ${y.toFixed(0)})`);
  }
  control.blur();
  return problems;
}

describe('focus not obscured, on a 320 × 256 px screen @wcag 2.4.11', () => {
  before(() => setScreen(320, 256));
  after(() => {
    removeStory();
    window.scrollTo(0, 0);
  });

  for (const entry of STORIES) {
    it(`${storyElement(entry)}: ${storyTitle(entry)}: each focused control is in view and uncovered @wcag 2.4.11`, async () => {
      const frame = await showStory(entry, 'nl');
      const problems = controls(frame).flatMap((control) => covered(control));
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });
  }
});
