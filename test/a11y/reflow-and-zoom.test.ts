import { expect } from '@open-wc/testing';
import { LANGUAGES } from '../../stories/support/frame.js';
import { clippingProblems, overlapProblems, reflowProblems, textElements } from './geometry.js';
import { setScreen } from './screen.js';
import { spoken } from './speech.js';
import { removeStory, showStory, STORIES, storyElement, storyTitle } from './stories.js';

/*
 * WCAG 1.4.10 reflow: at 320 CSS px wide, and at 400% zoom of a 1280 × 1024 screen (which is a 320 × 256
 * CSS px viewport), every widget fits its width, nothing is cut off or overlaps, and nothing is lost: a
 * screen reader reads the same as on a wide screen.
 * WCAG 1.4.4 resize text: with the browser's text size at 200% (the root font size doubled, as the
 * browser's font-size setting and text-only zoom do), every text of the widgets is twice as large, and
 * nothing is cut off or overlaps.
 */

const problemsIn = (frame: Element) => [...reflowProblems(frame), ...clippingProblems(frame), ...overlapProblems(frame)];

describe('reflow at 320 CSS px and at 400% zoom of 1280 px @wcag 1.4.10', () => {
  const wide = new Map<string, string[]>();

  before(async () => {
    await setScreen(1280, 1024);
    for (const entry of STORIES) {
      for (const { id: lang } of LANGUAGES) wide.set(`${entry.id} ${lang}`, spoken(await showStory(entry, lang)));
    }
  });
  after(() => removeStory());

  for (const [width, height, name] of [
    [320, 640, '320 × 640 px'],
    [320, 256, '400% of 1280 × 1024'],
  ] as const) {
    describe(name, () => {
      before(() => setScreen(width, height));
      for (const entry of STORIES) {
        for (const { id: lang } of LANGUAGES) {
          it(`${storyElement(entry)}: ${storyTitle(entry)} (${lang}) fits, and reads as on a wide screen @wcag 1.4.10`, async () => {
            const frame = await showStory(entry, lang);
            const problems = problemsIn(frame);
            expect(problems, problems.join('\n')).to.deep.equal([]);
            expect(spoken(frame)).to.deep.equal(wide.get(`${entry.id} ${lang}`));
          });
        }
      }
    });
  }
});

describe('text at 200% @wcag 1.4.4', () => {
  before(() => setScreen(1280, 1024));
  after(() => {
    document.documentElement.style.removeProperty('font-size');
    removeStory();
  });

  for (const entry of STORIES) {
    it(`${storyElement(entry)}: ${storyTitle(entry)}: every text doubles, nothing cut off or overlapping @wcag 1.4.4`, async () => {
      document.documentElement.style.removeProperty('font-size');
      let frame = await showStory(entry, 'nl');
      const normal = textElements(frame).map((element) => parseFloat(getComputedStyle(element).fontSize));
      document.documentElement.style.fontSize = '200%';
      frame = await showStory(entry, 'nl');
      const large = textElements(frame).map((element) => parseFloat(getComputedStyle(element).fontSize));
      expect(large.length).to.equal(normal.length);
      const notDoubled = large.filter((size, index) => size + 0.5 < 2 * normal[index]);
      expect(notDoubled, `sizes at 100%: ${normal.join(', ')}; at 200%: ${large.join(', ')}`).to.deep.equal([]);
      const problems = problemsIn(frame);
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });
  }
});
