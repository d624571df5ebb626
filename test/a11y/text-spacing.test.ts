import { expect } from '@open-wc/testing';
import { LANGUAGES } from '../../stories/support/frame.js';
import { widgetsIn } from '../support/deep-elements.js';
import { clippingProblems, overlapProblems, reflowProblems } from './geometry.js';
import { setScreen } from './screen.js';
import { removeStory, showStory, STORIES, storyElement, storyTitle } from './stories.js';

/*
 * WCAG 1.4.12 text spacing: with the values of the WCAG text-spacing bookmarklet (line height 1.5, letter
 * spacing 0.12 em, word spacing 0.16 em, 2 em after paragraphs) set by the visitor, nothing is cut off,
 * nothing overlaps and nothing needs sideways scrolling. A visitor's style sheet reaches into the shadow
 * roots the way a browser extension does: as a style sheet adopted by each of them.
 */
const BOOKMARKLET = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

const spacing = new CSSStyleSheet();
spacing.replaceSync(BOOKMARKLET);

function applySpacing(frame: Element): void {
  for (const widget of widgetsIn(frame)) {
    const root = widget.shadowRoot!;
    if (!root.adoptedStyleSheets.includes(spacing)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, spacing];
  }
  if (!document.adoptedStyleSheets.includes(spacing)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, spacing];
}

function heightOf(frame: Element): number {
  return widgetsIn(frame).reduce((sum, widget) => sum + widget.getBoundingClientRect().height, 0);
}

describe('text spacing (the WCAG bookmarklet values) @wcag 1.4.12', () => {
  after(() => {
    removeStory();
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== spacing);
  });

  for (const width of [320, 768]) {
    describe(`at ${width} px`, () => {
      before(() => setScreen(width, 800));
      for (const entry of STORIES) {
        for (const { id: lang } of LANGUAGES) {
          it(`${storyElement(entry)}: ${storyTitle(entry)} (${lang}) — nothing cut off, overlapping or scrolling sideways @wcag 1.4.12`, async () => {
            const frame = await showStory(entry, lang);
            const before = heightOf(frame);
            applySpacing(frame);
            const problems = [...clippingProblems(frame), ...overlapProblems(frame), ...reflowProblems(frame)];
            expect(problems, problems.join('\n')).to.deep.equal([]);
            // The spacing really applied (the widgets grew), so the check above is not vacuous.
            expect(heightOf(frame)).to.be.greaterThan(before);
          });
        }
      }
    });
  }
});
