import { css } from 'lit';
import { tokenChainStyles } from './token-chains.styles.js';

/**
 * Styles every element shares. Inherited properties (font, colour, line-height, direction) are set on the
 * inner `.base` wrapper, not on :host, because a host page's rules (`* { line-height: 1 }`) beat :host.
 * Sizes use max(1rem, 16px) so `html { font-size: 62.5% }` cannot shrink the text, while a visitor's larger
 * default font size still applies.
 *
 * Variables starting with --_shn- are private (not an API): token-chains.styles.ts defines them from a site's
 * theme (generated from scripts/build/token-chains.mjs), and each element maps its public --shn-<element>-*
 * properties onto them.
 */
export const baseStyles = css`
  ${tokenChainStyles}
  :host {
    display: block;
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /*
   * Every property a host page may pass down (set on body or on *, inherited into the shadow root) back to
   * its initial value at once, custom properties aside: then the widget's own text settings. all: initial
   * leaves direction alone, so it is set too; box-sizing again, as all: initial undoes the rule above. The
   * page's color-scheme is kept: a dark theme declares it, and the page's own slotted links follow it.
   */
  .base {
    all: initial;
    color-scheme: inherit;
    box-sizing: border-box;
    font-family: var(--_shn-font-family);
    font-size: var(--_shn-font-size);
    font-weight: var(--_shn-font-weight);
    line-height: var(--_shn-line-height);
    color: var(--_shn-color);
    direction: ltr;
    overflow-wrap: anywhere;
  }
  a {
    color: var(--_shn-link-color);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:hover {
    color: var(--_shn-link-hover-color);
    text-decoration-thickness: 0.15em;
  }
  /*
   * The theme's focus ring, at least 2px wide (a 1px ring, as some themes have, is easy to miss). Longhands: a
   * width max() cannot take (a keyword) then falls back to medium alone, and the ring still shows.
   */
  :focus-visible {
    outline-style: var(--_shn-focus-outline-style);
    outline-color: var(--_shn-focus-outline-color);
    outline-width: max(2px, var(--_shn-focus-outline-width));
    outline-offset: var(--_shn-focus-outline-offset);
  }
  a:focus-visible {
    background-color: var(--_shn-focus-background-color);
    color: #000;
    text-decoration: none;
  }
  p,
  ul,
  ol,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
  }
  .heading {
    font-family: var(--_shn-heading-font-family);
    font-weight: var(--_shn-heading-font-weight);
    color: var(--_shn-heading-color);
    font-size: 1.25em;
    line-height: 1.3;
  }
  /* A link or button someone has to hit: at least 44 × 44 px (WCAG 2.5.5 / 2.5.8). */
  .target {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_shn-target-size);
    min-inline-size: var(--_shn-target-size);
  }
  @media (forced-colors: active) {
    .base {
      border-color: CanvasText;
    }
    a,
    a:hover {
      color: LinkText;
    }
    a:focus-visible {
      background-color: Canvas;
      color: LinkText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
