import type { CSSResultOrNative } from 'lit';
import { ShnContactStatus } from '../contact-status/contact-status.component.js';
import { ShnReferralCard } from '../referral-card/referral-card.component.js';
import { ShnSituationList } from '../situation-list/situation-list.component.js';
import { hoursTextStyles } from '../contact-status/hours-text.styles.js';
import { otherAudienceStyles } from '../referral-card/other-audiences.styles.js';
import { searchStyles } from '../situation-list/search.js';

/** The tags `@slachtofferhulp/widgets/ssr` renders; each has its own stylesheet, `<tag>.css`. */
export const SSR_TAGS = ['shn-contact-status', 'shn-situation-list', 'shn-referral-card'] as const;
export type SsrTag = (typeof SSR_TAGS)[number];

const CLASSES = { 'shn-contact-status': ShnContactStatus, 'shn-situation-list': ShnSituationList, 'shn-referral-card': ShnReferralCard };

/** The styles each tag adopts when code it loads on demand arrives (ShnElement.adoptExtraStyles). */
const ON_DEMAND_STYLES = { 'shn-contact-status': [hoursTextStyles], 'shn-situation-list': [searchStyles], 'shn-referral-card': [otherAudienceStyles] };

/**
 * The styles a tag's shadow root gets in the browser (the base styles, then its own), and also those that
 * come with its on-demand code (the search box's, the hours in words'), since server HTML shows all at once. One file per element, not one for all: the elements use
 * the same class names (`.base`, `.status`) for different rules, and a shadow root with one file has exactly
 * the cascade its constructed style sheets give it. Generated from the elements' Lit `css`, never copied.
 */
function stylesOf(tag: SsrTag): CSSResultOrNative[] {
  const ctor = CLASSES[tag];
  void ctor.observedAttributes; // finalizes the class, which sets elementStyles
  return [...ctor.elementStyles, ...ON_DEMAND_STYLES[tag]];
}

const texts = new Map<SsrTag, string>();

/**
 * The text of `<tag>.css`: comments dropped, white space folded. The build writes it beside the CDN bundle,
 * and a server render hashes the same text for the link's `integrity`, so both always agree.
 */
export function stylesheetText(tag: SsrTag): string {
  let text = texts.get(tag);
  if (text === undefined) {
    text = stylesOf(tag)
      .map((style) => ('cssText' in style ? style.cssText : ''))
      .join('\n')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .trim();
    texts.set(tag, `${text}\n`);
    text = `${text}\n`;
  }
  return text;
}

/** The file name of a tag's stylesheet in `dist/cdn/`. */
export const stylesheetFile = (tag: SsrTag): string => `${tag}.css`;
