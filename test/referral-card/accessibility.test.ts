import { expect } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import '../../src/define/shn-referral-card.js';
import { AUDIENCE_IDS } from '../../src/content/index.js';
import { emulateForcedColors, itWhere, sendKeys, setViewport } from '../support/commands.js';
import { backgroundBehind, contrastRatio, parseColor } from '../hardening/support.js';
import { FRIDAY_21, TUESDAY_10, card, part, removeCards } from './card.js';

const ACTIONS = '<a slot="actions" href="https://www.example.org/wijkteam">Wijkteam (voorbeeld)</a>';
const EXTRA = '<p>Wilt u liever iemand uit de buurt spreken? Het wijkteam helpt ook.</p>';

/** The element that has focus, looking into shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Where an element is, as text ("shn-contact-status › a[part=phone]"): tests compare these, not elements,
 * because a failing comparison of DOM elements cannot be reported (the runner hangs serialising them).
 */
function whereIs(element: Element | null): string {
  if (!element) return 'nothing';
  const root = element.getRootNode();
  const host = root instanceof ShadowRoot ? root.host.localName : 'page';
  const part = element.getAttribute('part');
  const slot = element.getAttribute('slot');
  return `${host} › ${element.localName}${part ? `[part=${part}]` : ''}${slot ? `[slot=${slot}]` : ''}`;
}

/**
 * A button before the card, focused, to start a keyboard walk from. Asks for window focus first: with two
 * test pages open, Firefox may leave this one unfocused, and an unfocused page draws no focus ring at all.
 */
function focusButtonBefore(element: Element): HTMLButtonElement {
  const button = document.createElement('button');
  button.textContent = 'Voor de kaart';
  element.parentElement!.before(button);
  window.focus();
  button.focus();
  return button;
}

/**
 * The outline a focused element shows. In a focused page that is its computed style. Firefox can leave one
 * of two concurrent test pages unfocused, and an unfocused page draws no focus ring at all; then this reads
 * the last :focus-visible rule that matches the element in its own and its slot's style sheets.
 */
function focusRing(element: Element): { style: string; width: number; how: string } {
  if (document.hasFocus()) {
    const style = getComputedStyle(element);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), how: 'computed style' };
  }
  const own = element.getRootNode() as Document | ShadowRoot;
  const slot = (element as HTMLElement).assignedSlot;
  // Rules of the element's own tree apply as written; rules of its slot's tree only through ::slotted().
  const sources = [
    ...[...own.adoptedStyleSheets, ...Array.from(own.styleSheets)].map((sheet) => ({ sheet, viaSlot: false })),
    ...(slot ? [...(slot.getRootNode() as ShadowRoot).adoptedStyleSheets].map((sheet) => ({ sheet, viaSlot: true })) : []),
  ];
  // Custom properties in the rule resolve as the element inherits them.
  const resolve = (text: string) =>
    text.replace(/var\((--[\w-]+)[^)]*\)/g, (_, name: string) => getComputedStyle(element).getPropertyValue(name).trim());
  const applies = (selector: string, viaSlot: boolean) => {
    if (!selector.includes(':focus-visible')) return false;
    const slotted = /^(.*)::slotted\((.*)\)$/.exec(selector.trim());
    if (viaSlot !== Boolean(slotted)) return false;
    if (slotted && !slot!.matches(slotted[1].trim() || '*')) return false;
    return element.matches((slotted ? slotted[2] : selector).replace(/:focus-visible/g, '').trim() || '*');
  };
  let ring = { style: 'none', width: 0, how: 'style sheets (page not focused)' };
  for (const { sheet, viaSlot } of sources) {
    for (const rule of Array.from(sheet.cssRules)) {
      if (!(rule instanceof CSSStyleRule)) continue;
      const outline = resolve(rule.style.getPropertyValue('outline') || `${rule.style.outlineWidth} ${rule.style.outlineStyle}`);
      if (!outline.trim() || !rule.selectorText.split(',').some((selector) => applies(selector, viaSlot))) continue;
      const style = /\b(none|solid|dotted|dashed|double|auto|groove|ridge|inset|outset)\b/.exec(outline)?.[1] ?? ring.style;
      const width = /([\d.]+)px/.exec(outline)?.[1];
      ring = { ...ring, style, width: width ? parseFloat(width) : ring.width };
    }
  }
  return ring;
}

const ratioOf = (foreground: string, background: number[]) => contrastRatio(parseColor(foreground)!, background);

describe('<shn-referral-card> accessibility @wcag 1.4.3 1.4.10 2.1.1 2.4.3 2.4.7', () => {
  afterEach(async () => {
    removeCards();
    document.querySelectorAll('body > button').forEach((button) => button.remove());
    await setViewport({ width: 800, height: 600 });
  });

  describe('axe', () => {
    for (const audience of AUDIENCE_IDS) {
      for (const lang of ['nl', 'en']) {
        it(`${audience} in ${lang === 'nl' ? 'Dutch' : 'English'}`, async () => {
          await expect(await card(`audience="${audience}" now="${TUESDAY_10}"`, { lang })).to.be.accessible();
        });
      }
    }

    const states = [
      ['professional, line closed', `audience="professional" now="${FRIDAY_21}"`],
      ['municipality, line closed', `audience="municipality" now="${FRIDAY_21}"`],
      ['every municipal domain', `audience="municipality" domain="crisis" now="${TUESDAY_10}"`],
      ['social safety', `audience="municipality" domain="social-safety" now="${TUESDAY_10}"`],
      ['a situation', 'situation="fraud" heading-level="3"'],
    ];
    for (const [name, attributes] of states) {
      for (const lang of ['nl', 'en']) {
        it(`${name} in ${lang === 'nl' ? 'Dutch' : 'English'}`, async () => {
          await expect(await card(attributes, { lang })).to.be.accessible();
        });
      }
    }

    it('with every slot filled', async () => {
      const element = await card('', { children: `<span slot="heading">Hulp na een inbraak</span>${EXTRA}${ACTIONS}` });
      await expect(element).to.be.accessible();
    });
  });

  describe('320 px wide screen', () => {
    const cases = [
      `audience="municipality" domain="crisis" now="${FRIDAY_21}"`,
      `audience="professional" now="${TUESDAY_10}"`,
      'audience="bereaved" situation="traffic-accidents"',
    ];
    for (const attributes of cases) {
      for (const lang of ['nl', 'en']) {
        it(`reflows without scrolling sideways: ${attributes} (${lang})`, async () => {
          await setViewport({ width: 320, height: 800 });
          const element = await card(attributes, { lang, children: `${EXTRA}${ACTIONS}` });
          expect(element.scrollWidth).to.be.at.most(320);
          expect(part(element, 'base')!.scrollWidth).to.be.at.most(part(element, 'base')!.clientWidth);
          expect(document.documentElement.scrollWidth).to.be.at.most(320);
          for (const name of ['cta', 'phone']) {
            const box = part(element, name)!.getBoundingClientRect();
            expect(box.height, name).to.be.at.least(44);
            expect(box.width, name).to.be.at.least(44);
            expect(box.right, name).to.be.at.most(320);
          }
        });
      }
    }
  });

  describe('keyboard', () => {
    it('Tab goes to the button, the phone number and the extra links, in that order', async () => {
      const element = await card('', { children: ACTIONS });
      focusButtonBefore(element);
      const reached: Element[] = [];
      for (let press = 0; press < 3; press += 1) {
        await sendKeys({ press: 'Tab' });
        reached.push(deepActiveElement()!);
      }
      expect(reached.map(whereIs)).to.deep.equal([part(element, 'cta'), part(element, 'phone'), element.querySelector('a[slot="actions"]')].map(whereIs));
    });

    it('each of them shows a visible focus ring', async () => {
      const element = await card('', { children: ACTIONS });
      focusButtonBefore(element);
      for (const name of ['cta', 'phone', 'actions link']) {
        await sendKeys({ press: 'Tab' });
        const focused = deepActiveElement()!;
        const ring = focusRing(focused);
        expect(ring.style, `${name}: ${ring.how}`).not.to.equal('none');
        expect(ring.width, `${name}: ${ring.how}`).to.be.at.least(2);
      }
    });

    it('on a professional card, the button, number and extra links still follow each other', async () => {
      const element = await card(`audience="professional" now="${TUESDAY_10}"`, { children: ACTIONS });
      focusButtonBefore(element);
      const reached: Element[] = [];
      for (let press = 0; press < 4; press += 1) {
        await sendKeys({ press: 'Tab' });
        reached.push(deepActiveElement()!);
      }
      // The status's own phone link comes first: it is part of the status, above the button.
      expect(reached[0].getAttribute('part')).to.equal('phone');
      expect(part(element, 'status')!.querySelector('shn-contact-status')!.shadowRoot!.contains(reached[0])).to.equal(true);
      expect(reached.slice(1).map(whereIs)).to.deep.equal([part(element, 'cta'), part(element, 'phone'), element.querySelector('a[slot="actions"]')].map(whereIs));
    });

    it('the button is a real link: Enter follows it', async () => {
      const element = await card('');
      const cta = part(element, 'cta') as HTMLAnchorElement;
      let followed = '';
      cta.addEventListener('click', (event) => {
        followed = cta.href;
        event.preventDefault();
      });
      focusButtonBefore(element);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      expect(followed).to.equal('https://www.slachtofferhulp.nl/');
      expect(cta.getAttribute('role')).to.equal(null);
    });
  });

  describe('the button', () => {
    it('looks like a button: filled, no underline, at least 44 px high', async () => {
      const element = await card('');
      const cta = part(element, 'cta')!;
      const style = getComputedStyle(cta);
      expect(parseColor(style.backgroundColor)).to.not.deep.equal(backgroundBehind(part(element, 'base')!));
      expect(style.textDecorationLine).to.equal('none');
      expect(cta.getBoundingClientRect().height).to.be.at.least(44);
    });

    it('has AA contrast at rest, on hover and with focus', async () => {
      const element = await card('');
      const cta = part(element, 'cta')!;
      const rest = getComputedStyle(cta);
      expect(ratioOf(rest.color, parseColor(rest.backgroundColor)!)).to.be.at.least(4.5);
      const box = cta.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
      try {
        const hover = getComputedStyle(cta);
        expect(cta.matches(':hover')).to.equal(true);
        expect(hover.backgroundColor).not.to.equal(getComputedStyle(part(element, 'phone')!).backgroundColor);
        expect(ratioOf(hover.color, parseColor(hover.backgroundColor)!)).to.be.at.least(4.5);
      } finally {
        await resetMouse();
      }
      focusButtonBefore(element);
      await sendKeys({ press: 'Tab' });
      const focused = getComputedStyle(cta);
      expect(ratioOf(focused.color, parseColor(focused.backgroundColor)!)).to.be.at.least(4.5);
    });

    itWhere(['forced colours'], 'keeps its shape and AA contrast in forced colours (Windows high contrast)', async () => {
      expect(await emulateForcedColors(true), 'forced colours switched on').to.equal(true);
      try {
        const element = await card('');
        const cta = part(element, 'cta')!;
        const style = getComputedStyle(cta);
        expect(style.borderTopStyle).to.equal('solid');
        expect(parseFloat(style.borderTopWidth)).to.be.at.least(1);
        const background = parseColor(style.backgroundColor)![3] === 1 ? parseColor(style.backgroundColor)! : backgroundBehind(cta);
        expect(ratioOf(style.color, background)).to.be.at.least(4.5);
        expect(ratioOf(style.borderTopColor, background)).to.be.at.least(3);
      } finally {
        await emulateForcedColors(false);
      }
    });
  });
});
