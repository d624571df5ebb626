import { css } from 'lit';

// What every status shows. The rules only a status with hours needs (compact, closed, the emergency route)
// come with its on-demand code (hours-text.styles.ts).

export const contactStatusStyles = css`
  .base {
    background-color: var(--shn-contact-status-background-color, var(--_shn-background-color));
    color: var(--shn-contact-status-color, var(--_shn-color));
    border: var(--shn-contact-status-border-width, 1px) solid var(--shn-contact-status-border-color, var(--_shn-border-color));
    border-radius: var(--shn-contact-status-border-radius, var(--_shn-border-radius));
    padding-block: var(--shn-contact-status-padding-block, var(--_shn-space));
    padding-inline: var(--shn-contact-status-padding-inline, var(--_shn-space));
    display: flex;
    flex-direction: column;
    gap: var(--_shn-space-sm);
  }
  .status {
    display: flex;
    align-items: center;
    gap: var(--_shn-space-sm);
    font-weight: var(--shn-contact-status-status-font-weight, 700);
    font-size: var(--shn-contact-status-status-font-size, 1.125em);
  }
  .indicator {
    flex: none;
    inline-size: 0.75em;
    block-size: 0.75em;
    border-radius: 50%;
    border: 2px solid transparent;
    background-color: var(--shn-contact-status-indicator-background-color-open, var(--_shn-positive-color));
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    column-gap: var(--_shn-space);
  }
  .phone {
    font-weight: 700;
    white-space: nowrap;
  }
  .everyone {
    display: flex;
    flex-direction: column;
  }

  @media (forced-colors: active) {
    .base {
      border-color: CanvasText;
    }
    .indicator {
      border-color: CanvasText;
      background-color: CanvasText;
      forced-color-adjust: none;
    }
  }
`;
