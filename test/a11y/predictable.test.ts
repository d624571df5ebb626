import { expect } from '@open-wc/testing';
import { computeAccessibleName } from 'dom-accessibility-api';
import { widgetsIn } from '../support/deep-elements.js';
import { controls, describeElement, shadowElements } from './geometry.js';
import { setScreen } from './screen.js';
import { removeStory, showStory, STORIES, storyElement, storyTitle } from './stories.js';

/*
 * What a visitor does to a control must not surprise them:
 * - 2.5.2 pointer cancellation: pressing the pointer down does nothing yet (the browser follows a link on
 *   release, and the list's select event fires on click, which is the release);
 * - 3.2.1 on focus: getting focus changes nothing (no content, no event, no new page);
 * - 2.5.3 label in name: every control's accessible name contains the words it shows;
 * - 1.4.1 use of colour: links inside text are underlined, the button-shaped link has a filled shape, and
 *   the status says open or closed in words, not only by the colour of its dot.
 */

const EVENTS = ['shn-situation-select', 'shn-status-change'];

async function watch(frame: Element, act: () => void): Promise<string[]> {
  const happened: string[] = [];
  const observer = new MutationObserver((records) => happened.push(...records.map((record) => `DOM ${record.type} in <${(record.target as Element).localName ?? 'text'}>`)));
  const options = { subtree: true, childList: true, characterData: true, attributes: true };
  observer.observe(frame, options);
  for (const widget of widgetsIn(frame)) observer.observe(widget.shadowRoot!, options);
  const listener = (event: Event) => happened.push(`event ${event.type}`);
  for (const type of EVENTS) frame.addEventListener(type, listener);
  const href = location.href;
  act();
  await new Promise((resolve) => setTimeout(resolve, 0));
  happened.push(...observer.takeRecords().map((record) => `DOM ${record.type}`));
  observer.disconnect();
  for (const type of EVENTS) frame.removeEventListener(type, listener);
  if (location.href !== href) happened.push('navigated');
  return happened;
}

const visibleText = (element: HTMLElement) => (element.innerText || (element as HTMLInputElement).labels?.[0]?.innerText || '').replace(/\s+/g, ' ').trim();

describe('predictable controls', () => {
  before(() => setScreen(768, 800));
  after(() => removeStory());

  for (const entry of STORIES) {
    it(`${storyElement(entry)}: ${storyTitle(entry)}: pressing down or focusing a control changes nothing @wcag 2.5.2 3.2.1`, async () => {
      const frame = await showStory(entry, 'nl');
      for (const control of controls(frame)) {
        const pressed = await watch(frame, () => {
          control.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
          control.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, composed: true }));
        });
        expect(pressed, `pointer down on ${describeElement(control)}`).to.deep.equal([]);
        const focused = await watch(frame, () => control.focus());
        expect(focused, `focus on ${describeElement(control)}`).to.deep.equal([]);
        control.blur();
      }
    });

    it(`${storyElement(entry)}: ${storyTitle(entry)}: each control's name contains the words it shows @wcag 2.5.3 4.1.2`, async () => {
      const frame = await showStory(entry, 'nl');
      const problems = controls(frame).flatMap((control) => {
        const name = computeAccessibleName(control).replace(/\s+/g, ' ').trim().toLowerCase();
        const shown = visibleText(control).toLowerCase();
        return name && shown && name.includes(shown) ? [] : [`${describeElement(control)} shows "${shown}" but is named "${name}"`];
      });
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });

    it(`${storyElement(entry)}: ${storyTitle(entry)}: links are told apart by more than colour @wcag 1.4.1`, async () => {
      const frame = await showStory(entry, 'nl');
      const problems = controls(frame)
        .filter((control) => control.localName === 'a')
        .flatMap((link) => {
          const style = getComputedStyle(link);
          const underlined = style.textDecorationLine.includes('underline');
          const filled = style.backgroundColor !== 'rgba(0, 0, 0, 0)' && style.backgroundColor !== 'transparent';
          return underlined || filled ? [] : [`${describeElement(link)} is neither underlined nor button-shaped`];
        });
      expect(problems, problems.join('\n')).to.deep.equal([]);
      // The status dot is never the only sign: the status line says it in words.
      for (const widget of widgetsIn(frame).filter((element) => element.localName === 'shn-contact-status')) {
        const status = shadowElements(widget).find((element) => element.getAttribute('part') === 'status');
        expect(status?.textContent?.trim()).to.match(/^(Nu open|Nu gesloten|Dag en nacht bereikbaar|Open now|Closed now|Available day and night)$/);
      }
    });
  }
});
