import { css } from 'lit';

/**
 * Styles every element shares. Inherited properties (font, colour, line-height, direction) are set on the
 * inner `.base` wrapper, not on :host, because a host page's rules (`* { line-height: 1 }`) beat :host.
 * Sizes use max(1rem, 16px) so `html { font-size: 62.5% }` cannot shrink the text, while a visitor's larger
 * default font size still applies.
 *
 * Variables starting with --_shn- are private (not an API): each element maps its public
 * --shn-<element>-* properties onto them.
 */
export const baseStyles = css`
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
  .base {
    /* not an API: shared defaults, overridable through NL Design System --basis-* tokens */
    /* Arial's metrics everywhere (Liberation Sans and Arimo are metric-compatible on Linux/ChromeOS), so the
       height a page reserves for a widget holds in every engine; system-ui is another font on every platform. */
    --_shn-font-family: var(--basis-text-font-family-default, Arial, 'Liberation Sans', Arimo, Helvetica, sans-serif);
    --_shn-font-size: var(--basis-text-font-size-md, max(1rem, 16px));
    --_shn-line-height: var(--basis-text-line-height-md, 1.5);
    --_shn-color: var(--basis-color-default-color-document, #1a1a1a);
    --_shn-subtle-color: var(--basis-color-default-color-subtle, #4a4a4a);
    --_shn-background-color: var(--basis-color-default-bg-document, #fff);
    --_shn-border-color: var(--basis-color-default-border-default, #8a8a8a);
    --_shn-border-radius: var(--basis-border-radius-md, 6px);
    --_shn-link-color: var(--basis-color-action-1-color-default, #0b5394);
    --_shn-link-hover-color: var(--basis-color-action-1-color-hover, #073763);
    --_shn-accent-color: var(--basis-color-accent-1-color-default, #00549f);
    --_shn-space: var(--basis-space-block-md, 12px);
    --_shn-space-sm: var(--basis-space-block-sm, 8px);
    --_shn-target-size: var(--basis-pointer-target-min-block-size, 44px);
    --_shn-focus-outline-color: var(--basis-focus-outline-color, #000);
    --_shn-focus-outline-width: var(--basis-focus-outline-width, 3px);
    --_shn-focus-background-color: var(--basis-focus-background-color, #ffdd00);
    --_shn-heading-font-family: var(--basis-heading-font-family, var(--_shn-font-family));
    --_shn-heading-font-weight: var(--basis-heading-font-weight, 700);
    --_shn-heading-color: var(--basis-heading-color, var(--_shn-color));

    font-family: var(--_shn-font-family);
    font-size: var(--_shn-font-size);
    font-weight: var(--basis-text-font-weight-default, 400);
    line-height: var(--_shn-line-height);
    color: var(--_shn-color);
    direction: ltr;
    text-align: start;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    overflow-wrap: anywhere;
    /* Every other inherited text property a host page may set on body or on *: back to the initial value. */
    font-style: normal;
    font-variant: normal;
    font-stretch: normal;
    -webkit-text-fill-color: currentcolor;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    word-break: normal;
    hyphens: manual;
    cursor: auto;
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
  :focus-visible {
    outline: var(--_shn-focus-outline-width) solid var(--_shn-focus-outline-color);
    outline-offset: 2px;
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
