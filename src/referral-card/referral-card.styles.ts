import { css } from 'lit';

export const referralCardStyles = css`
  .base {
    /* not an API: the button colours, so the hover and focus rules below can share them */
    --_shn-cta-background-color: var(--shn-referral-card-cta-background-color, var(--_shn-button-background-color));
    --_shn-cta-color: var(--shn-referral-card-cta-color, var(--_shn-button-color));

    background-color: var(--shn-referral-card-background-color, var(--_shn-background-color));
    color: var(--shn-referral-card-color, var(--_shn-color));
    border: var(--shn-referral-card-border-width, 1px) solid var(--shn-referral-card-border-color, var(--_shn-border-color));
    border-radius: var(--shn-referral-card-border-radius, var(--_shn-border-radius));
    padding-block: var(--shn-referral-card-padding-block, var(--_shn-space-lg));
    padding-inline: var(--shn-referral-card-padding-inline, var(--_shn-space-inline-lg));
    display: flex;
    flex-direction: column;
    gap: var(--shn-referral-card-gap, var(--_shn-space));
  }
  .heading {
    font-size: var(--shn-referral-card-heading-font-size, 1.25em);
    color: var(--shn-referral-card-heading-color, var(--_shn-heading-color));
  }
  .body,
  .status,
  .extra {
    display: flex;
    flex-direction: column;
    gap: var(--_shn-space-sm);
  }
  /* The browser's default paragraph margins would double the card's spacing; the page's own rules still win. */
  slot:not([name])::slotted(*) {
    margin-block: 0;
  }
  /* An empty slot takes no room, so the flex gap does not leave a hole. */
  .extra[hidden],
  .actions[hidden] {
    display: none;
  }
  .row,
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_shn-space-sm) var(--_shn-space);
  }
  /*
   * The page's own links beside the button: a target size and focus ring like the card's, unless the page
   * styles them itself (its rules win over ::slotted).
   */
  slot[name='actions']::slotted(a) {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_shn-target-size);
  }
  slot[name='actions']::slotted(:focus-visible) {
    outline-style: var(--_shn-focus-outline-style);
    outline-color: var(--_shn-focus-outline-color);
    outline-width: max(2px, var(--_shn-focus-outline-width));
    outline-offset: var(--_shn-focus-outline-offset);
  }
  /* A link that looks like a button: it goes somewhere, so it stays an <a>. */
  .cta {
    justify-content: center;
    padding-block: 0.5em;
    padding-inline: 1em;
    border: 2px solid transparent;
    border-radius: var(--shn-referral-card-cta-border-radius, var(--_shn-button-border-radius));
    background-color: var(--_shn-cta-background-color);
    color: var(--_shn-cta-color);
    font-weight: var(--shn-referral-card-cta-font-weight, 700);
    text-decoration: none;
    text-align: center;
  }
  .cta:hover {
    background-color: var(--shn-referral-card-cta-background-color-hover, var(--_shn-button-hover-background-color));
    color: var(--shn-referral-card-cta-color-hover, var(--_shn-button-hover-color, var(--_shn-cta-color)));
    text-decoration: underline;
  }
  .cta:focus-visible {
    background-color: var(--_shn-focus-background-color);
    color: #000000;
    border-color: #000000;
  }
  .phone {
    font-weight: 700;
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    /* Backgrounds disappear in forced colours: the border keeps the button's shape. */
    .cta,
    .cta:hover {
      border-color: LinkText;
      color: LinkText;
      background-color: Canvas;
    }
    .cta:focus-visible {
      border-color: Highlight;
      color: LinkText;
      background-color: Canvas;
    }
  }
`;
