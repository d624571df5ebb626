import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define/index.js';
import { widgetsIn } from '../support/deep-elements.js';
import { controls, shadowElements } from './geometry.js';
import { mountIn, settle } from './mount-in.js';
import { setScreen } from './screen.js';
import { liveRegions, politeness, spoken } from './speech.js';
import { removeStory, showStory, STORIES, storyElement, storyTitle } from './stories.js';

/**
 * The CSS text of every style sheet of the widgets' shadow roots (adopted or in <style>), without the
 * declarations that only reset a property to its initial value: the base styles' `all: initial`, which an
 * engine may write out longhand (`animation: initial`, `aspect-ratio: initial`), sets no motion and no ratio.
 */
function widgetCss(frame: Element): string {
  return widgetsIn(frame)
    .flatMap((widget) => {
      const root = widget.shadowRoot!;
      const sheets = [...root.adoptedStyleSheets, ...[...root.styleSheets]];
      return sheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
    })
    .join('\n')
    .replace(/[\w-]+:\s*initial;/g, '');
}

describe('orientation @wcag 1.3.4', () => {
  after(() => removeStory());

  it('no widget style depends on the screen\'s orientation @wcag 1.3.4', async () => {
    for (const entry of STORIES) {
      const css = widgetCss(await showStory(entry, 'nl'));
      expect(css, storyTitle(entry)).not.to.match(/orientation|aspect-ratio/);
    }
  });

  for (const entry of STORIES) {
    it(`${storyElement(entry)}: ${storyTitle(entry)} reads the same in portrait and landscape @wcag 1.3.4`, async () => {
      await setScreen(360, 740);
      const portrait = spoken(await showStory(entry, 'nl'));
      await setScreen(740, 360);
      const landscape = spoken(await showStory(entry, 'nl'));
      expect(landscape).to.deep.equal(portrait);
      expect(portrait.length).to.be.greaterThan(0);
    });
  }
});

describe('motion @wcag 2.3.3', () => {
  after(() => removeStory());

  for (const entry of STORIES) {
    it(`${storyElement(entry)}: ${storyTitle(entry)}: nothing animates, also on hover and focus, so prefers-reduced-motion has nothing to stop and nothing flashes @wcag 2.3.1 2.3.3 2.2.2`, async () => {
      const frame = await showStory(entry, 'nl');
      expect(widgetCss(frame)).not.to.match(/@keyframes|animation|transition|scroll-behavior:\s*smooth|marquee/);
      for (const control of controls(frame)) {
        control.focus({ focusVisible: true } as FocusOptions);
        control.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
      }
      expect(document.getAnimations().map((animation) => animation.id || animation.constructor.name)).to.deep.equal([]);
      const moving = widgetsIn(frame)
        .flatMap((widget) => shadowElements(widget))
        .filter((element) => {
          const style = getComputedStyle(element);
          return style.animationName !== 'none' || style.transitionDuration.split(',').some((duration) => parseFloat(duration) > 0);
        });
      expect(moving.map((element) => element.localName)).to.deep.equal([]);
      (document.activeElement as HTMLElement | null)?.blur();
    });
  }
});

describe('nothing updates by itself but the live status @wcag 2.2.2', () => {
  const MARKUP = `
    <shn-situation-list searchable></shn-situation-list>
    <shn-referral-card audience="victim"></shn-referral-card>
    <shn-referral-card audience="municipality"></shn-referral-card>
    <shn-contact-status audience="public"></shn-contact-status>
    <shn-contact-status audience="professional"></shn-contact-status>`;

  it('over two days of live clock, only the professional status changes, at its flips and at midnight, and it speaks politely @wcag 2.2.2 4.1.3', async () => {
    // Friday 4 December 2026, 19:00 Dutch time; the line closes at 20:00 and opens Saturday 10:00–17:00.
    const clock = sinon.useFakeTimers({ now: new Date('2026-12-04T19:00:00+01:00'), toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    let wrapper: HTMLElement | undefined;
    try {
      wrapper = await mountIn('nl', MARKUP);
      const changed = new Set<string>();
      const observer = new MutationObserver((records) => {
        for (const record of records) {
          // A widget's own attribute (the status's reflected `state`) counts for that widget, not for its host.
          const target = record.target;
          if (record.type === 'attributes' && target instanceof Element && target.localName.startsWith('shn-')) {
            changed.add(`${target.localName}[${record.attributeName}]`);
            continue;
          }
          const root = target.getRootNode();
          changed.add(root instanceof ShadowRoot ? root.host.localName : 'page');
        }
      });
      const options = { subtree: true, childList: true, characterData: true, attributes: true };
      observer.observe(wrapper, options);
      for (const widget of widgetsIn(wrapper)) observer.observe(widget.shadowRoot!, options);
      const flips: string[] = [];
      wrapper.addEventListener('shn-status-change', (event) => flips.push(`${new Date(Date.now()).toISOString()} ${(event as CustomEvent).detail.open}`));
      for (let hour = 0; hour < 48; hour += 1) {
        clock.tick(3600 * 1000);
        await settle(wrapper);
      }
      observer.disconnect();
      expect([...changed].sort()).to.deep.equal(['shn-contact-status', 'shn-contact-status[state]']);
      // The two professional statuses (own and in the municipality card) flip at 20:00, 10:00 and 17:00.
      expect(flips).to.deep.equal([
        '2026-12-04T19:00:00.000Z false',
        '2026-12-04T19:00:00.000Z false',
        '2026-12-05T09:00:00.000Z true',
        '2026-12-05T09:00:00.000Z true',
        '2026-12-05T16:00:00.000Z false',
        '2026-12-05T16:00:00.000Z false',
      ]);
      expect(liveRegions(wrapper).map((region) => politeness(region))).to.include('polite').and.not.to.include('assertive');
    } finally {
      wrapper?.remove();
      clock.restore();
    }
  });
});
