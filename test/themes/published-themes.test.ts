import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define/index.js';
import { THEMES } from '../../stories/support/frame.js';
import { backgroundBehind, contrastRatio, parseColor, settle } from '../hardening/support.js';
import { part } from '../support/dom.js';
import { loadThemeStylesheets } from '../support/themes.js';

/*
 * Every published theme of the Storybook toolbar, loaded from its own npm package (stories/support/frame.ts,
 * THEME_STYLESHEETS) with its theme class around the widgets, as a municipal page has it. For each property
 * the theme defines, the value inside the shadow roots equals the theme's token: the first one the theme
 * sets of the NL Design System --basis-* token, the --utrecht-* token, and (Amsterdam) the --ams-* token
 * that stories/themes/amsterdam.css maps. Fonts are compared as computed font-family strings (the themes'
 * webfonts are not installed). Then contrast and axe, in the theme.
 */

interface Check {
  name: string;
  /** The theme's tokens, in the order the widgets read them. */
  tokens: string[];
  /** The CSS property compared, on the element `find` returns. */
  property: string;
  find: (card: Element, list: Element) => Element | null;
  /** The value the widget should show, from the theme's token (default: the token itself). */
  expected?: (token: string) => string;
  /** Read while the element has keyboard focus. */
  focus?: boolean;
}

const cta = (card: Element) => part(card, 'cta');
const phone = (card: Element) => part(card, 'phone');

const CHECKS: Check[] = [
  { name: 'text colour', tokens: ['--basis-color-default-color-document', '--utrecht-document-color', '--ams-color-text'], property: 'color', find: (card) => part(card, 'body') },
  { name: 'background', tokens: ['--basis-color-default-bg-document', '--utrecht-document-background-color', '--ams-color-background'], property: 'background-color', find: (card) => part(card, 'base') },
  { name: 'font', tokens: ['--basis-text-font-family-default', '--utrecht-document-font-family', '--ams-typography-font-family'], property: 'font-family', find: (card) => part(card, 'body') },
  { name: 'link colour', tokens: ['--basis-color-action-1-color-default', '--utrecht-link-color', '--ams-link-color'], property: 'color', find: phone },
  { name: 'heading font', tokens: ['--basis-heading-font-family', '--utrecht-heading-font-family', '--ams-heading-font-family'], property: 'font-family', find: (card) => part(card, 'heading') },
  { name: 'heading colour', tokens: ['--basis-heading-color', '--utrecht-heading-color', '--ams-heading-color'], property: 'color', find: (card) => part(card, 'heading') },
  { name: 'button background', tokens: ['--basis-color-action-1-inverse-bg-default', '--utrecht-button-primary-action-background-color', '--ams-button-primary-background-color'], property: 'background-color', find: cta },
  { name: 'button text colour', tokens: ['--basis-color-action-1-inverse-color-default', '--utrecht-button-primary-action-color', '--ams-button-primary-color'], property: 'color', find: cta },
  { name: 'button corner radius', tokens: ['--utrecht-button-border-radius', '--basis-border-radius-md', '--ams-border-radius'], property: 'border-top-left-radius', find: cta },
  { name: 'focus ring colour', tokens: ['--basis-focus-outline-color', '--utrecht-focus-outline-color'], property: 'outline-color', find: phone, focus: true },
  { name: 'focus ring style', tokens: ['--basis-focus-outline-style', '--utrecht-focus-outline-style'], property: 'outline-style', find: phone, focus: true },
  // At least 2px, whatever the theme says (src/base/base-styles.ts).
  { name: 'focus ring width', tokens: ['--basis-focus-outline-width', '--utrecht-focus-outline-width'], property: 'outline-width', find: phone, focus: true, expected: (token) => `max(2px, var(${token}))` },
  { name: 'search box border colour', tokens: ['--basis-form-control-border-color', '--utrecht-textbox-border-color', '--utrecht-form-control-border-color', '--ams-text-input-border-color'], property: 'border-top-color', find: (_card, list) => part(list, 'input') },
];

/**
 * What each theme's own tokens fall short of (themeShortfalls below), and how the widgets still meet it:
 * a focus ring narrower than 2px is drawn 2px wide (src/base/base-styles.ts).
 */
const SHORTFALLS: Record<string, string[]> = { rotterdam: ['focus ring 1px wide'] };

/** How many of the checks each theme defines a token for (and so the widgets take from it). */
const TAKEN: Record<string, number> = {};

const PUBLISHED = THEMES.filter(({ published }) => published);
let page: HTMLElement | undefined;

async function showIn(className: string): Promise<{ frame: HTMLElement; card: Element; list: Element }> {
  page?.remove();
  page = document.createElement('div');
  page.className = className;
  page.innerHTML = `<shn-referral-card audience="victim"></shn-referral-card>
    <shn-situation-list audience="victim" searchable heading="Wat is er gebeurd?"></shn-situation-list>`;
  document.body.append(page);
  await settle(page);
  return { frame: page, card: page.querySelector('shn-referral-card')!, list: page.querySelector('shn-situation-list')! };
}

/**
 * The value a token gives `property`, computed on a probe in the theme, with the widget element's text colour
 * (a token may say currentColor) and an outline style (else an outline has no width).
 */
function themeValue(frame: Element, property: string, value: string, like: Element): string {
  const probe = document.createElement('span');
  probe.style.setProperty('color', getComputedStyle(like).color);
  probe.style.setProperty('outline-style', 'solid');
  probe.style.setProperty(property, value);
  frame.append(probe);
  const computed = getComputedStyle(probe).getPropertyValue(property);
  probe.remove();
  return computed;
}

function focused<T>(element: Element, read: () => T): T {
  (element as HTMLElement).focus({ focusVisible: true } as FocusOptions);
  try {
    return read();
  } finally {
    (element as HTMLElement).blur();
  }
}

function ratio(foreground: string, background: number[]): number {
  return contrastRatio(parseColor(foreground) ?? [0, 0, 0, 1], background);
}

/** The first of `tokens` the theme defines, as `property` computes it on a probe in the theme; null if none. */
function tokenValue(frame: Element, tokens: string[], property = 'color'): string | null {
  const token = tokens.find((name) => getComputedStyle(frame).getPropertyValue(name).trim() !== '');
  return token ? themeValue(frame, property, `var(${token})`, frame) : null;
}

/**
 * The theme's own pairs that fall short of WCAG 2.2 AA (text 4.5:1, focus ring and form border 3:1) or of the
 * widgets' 2px focus ring, read from its tokens alone (a transparent page background counts as white).
 */
function themeShortfalls(frame: Element): string[] {
  const tokens = CHECKS.map((check) => check.tokens);
  const background = parseColor(tokenValue(frame, tokens[1], 'background-color') ?? '') ?? [255, 255, 255, 1];
  const page = background[3] === 1 ? background : [255, 255, 255, 1];
  const buttonBackground = parseColor(tokenValue(frame, tokens[6], 'background-color') ?? '') ?? [11, 83, 148, 1];
  const buttonHoverBackground =
    parseColor(tokenValue(frame, ['--basis-color-action-1-inverse-bg-hover', '--utrecht-button-primary-action-hover-background-color', '--ams-button-primary-hover-background-color'], 'background-color') ?? '') ?? buttonBackground;
  const pairs: [string, string | null, number[], number][] = [
    ['text', tokenValue(frame, tokens[0]), page, 4.5],
    ['link', tokenValue(frame, tokens[3]), page, 4.5],
    ['link on hover', tokenValue(frame, ['--basis-color-action-1-color-hover', '--utrecht-link-hover-color', '--ams-link-hover-color']), page, 4.5],
    ['button text', tokenValue(frame, tokens[7]), buttonBackground, 4.5],
    ['button text on hover', tokenValue(frame, ['--utrecht-button-primary-action-hover-color']) ?? tokenValue(frame, tokens[7]), buttonHoverBackground, 4.5],
    ['focus ring', tokenValue(frame, tokens[9], 'outline-color'), page, 3],
    ['search box border', tokenValue(frame, tokens[12], 'border-top-color'), page, 3],
  ];
  const shortfalls = pairs.flatMap(([name, color, behind, min]) => {
    if (color === null) return [];
    const value = ratio(color, behind);
    return value + 1e-6 < min ? [`${name} ${value.toFixed(2)}:1`] : [];
  });
  const width = tokenValue(frame, tokens[11], 'outline-width');
  if (width !== null && parseFloat(width) < 2) shortfalls.push(`focus ring ${width} wide`);
  return shortfalls;
}

describe('published themes reach the widgets', () => {
  let clock: sinon.SinonFakeTimers;
  before(async () => {
    await loadThemeStylesheets();
    // Wednesday 11:00 in Amsterdam: the line is open (the status shows; no live time read from the wall clock).
    clock = sinon.useFakeTimers({ toFake: ['Date'], now: new Date('2026-03-11T10:00:00Z') });
  });
  after(() => {
    clock.restore();
    page?.remove();
    // One line per theme for the report: how many of the checked properties the widgets take from it.
    console.log(`themes: ${Object.entries(TAKEN).map(([id, n]) => `${id} ${n}/${CHECKS.length}`).join(', ')}`);
  });

  for (const theme of PUBLISHED) {
    describe(`${theme.title} (.${theme.className}, ${theme.family} tokens)`, () => {
      it('every property the theme defines reaches the shadow roots', async () => {
        const { frame, card, list } = await showIn(theme.className);
        const defined = getComputedStyle(frame);
        const problems: string[] = [];
        let taken = 0;
        for (const check of CHECKS) {
          const token = check.tokens.find((name) => defined.getPropertyValue(name).trim() !== '');
          if (!token) continue;
          const element = check.find(card, list);
          if (!element) {
            problems.push(`${check.name}: no element to read`);
            continue;
          }
          const expected = themeValue(frame, check.property, (check.expected ?? ((name) => `var(${name})`))(token), element);
          const read = () => getComputedStyle(element).getPropertyValue(check.property);
          const actual = check.focus ? focused(element, read) : read();
          if (actual === expected) taken += 1;
          else problems.push(`${check.name}: ${actual}, but ${token} is ${expected}`);
        }
        TAKEN[theme.id] = taken;
        expect(problems, problems.join('\n')).to.deep.equal([]);
        // A theme that defines almost nothing would pass vacuously.
        expect(taken, 'properties the theme defines').to.be.at.least(8);
      });

      it('the theme\'s own shortfalls are known, and the widgets make up for them', async () => {
        const { frame, card } = await showIn(theme.className);
        const shortfalls = themeShortfalls(frame);
        expect(shortfalls, `${theme.title} falls short of: ${shortfalls.join(', ')}`).to.deep.equal(SHORTFALLS[theme.id] ?? []);
        const link = phone(card)!;
        expect(parseFloat(focused(link, () => getComputedStyle(link).outlineWidth)), 'focus ring width').to.be.at.least(2);
      });

      it('text 4.5:1, focus ring and search box border 3:1 against what is behind them; axe passes', async () => {
        const { frame, card, list } = await showIn(theme.className);
        const problems: string[] = [];
        const text = (name: string, element: Element | null, min: number, color = 'color') => {
          if (!element) return problems.push(`${name}: missing`);
          const value = ratio(getComputedStyle(element).getPropertyValue(color), backgroundBehind(element));
          if (value + 1e-6 < min) problems.push(`${name}: ${value.toFixed(2)} < ${min}`);
        };
        text('text', part(card, 'body'), 4.5);
        text('heading', part(card, 'heading'), 4.5);
        text('link', phone(card), 4.5);
        text('button text', cta(card), 4.5);
        text('search box border', part(list, 'input'), 3, 'border-top-color');
        // The ring sits outside the link (outline-offset), on what is behind it.
        const link = phone(card)!;
        const ring = ratio(focused(link, () => getComputedStyle(link).outlineColor), backgroundBehind(link.parentElement ?? link));
        if (ring + 1e-6 < 3) problems.push(`focus ring: ${ring.toFixed(2)} < 3`);
        expect(problems, problems.join('\n')).to.deep.equal([]);
        await expect(frame).to.be.accessible();
      });
    });
  }
});
