import { css } from 'lit';
import { hoursTextTokenChainStyles } from './hours-text-token-chains.styles.js';

// The rules only a status that shows hours needs: the compact variant inside cards, the closed dot, the
// emergency route and its heading, the live region that says when the line opens or closes. They come with the hours in words (hours-text.ts, on demand), and the
// element adopts them beside its own styles, so a page with only the residents' 24/7 status never downloads them.
export const hoursTextStyles = css`
  ${hoursTextTokenChainStyles}
  :host([compact]) .base {
    padding-block: var(--shn-contact-status-padding-block, var(--_shn-space-sm));
  }
  :host([state='closed']) .indicator {
    background-color: var(--shn-contact-status-indicator-background-color-closed, var(--_shn-closed-color));
  }
  .emergency {
    border-inline-start: var(--shn-contact-status-emergency-border-width, 4px) solid
      var(--shn-contact-status-emergency-border-color, var(--_shn-warning-border-color));
    background-color: var(--shn-contact-status-emergency-background-color, var(--_shn-warning-background-color));
    padding-block: var(--_shn-space-sm);
    padding-inline: var(--_shn-space);
  }
  .subheading {
    font-weight: 700;
  }
  /* The live region: read out, not shown. */
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  @media (forced-colors: active) {
    .emergency {
      border-color: CanvasText;
    }
    :host([state='closed']) .indicator {
      background-color: Canvas;
    }
  }
`;
