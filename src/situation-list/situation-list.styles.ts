import { css } from 'lit';

// Rules that several parts share are grouped by selector, so each declaration ships once. Margins of p and
// ul come from the base styles; the search box's rules load with the search code (search.styles.ts).
export const situationListStyles = css`
  .base {
    /* not an API: the element's own defaults */
    --_shn-situation-list-gap: var(--shn-situation-list-gap, var(--_shn-space));
  }
  .base,
  .list,
  .item {
    display: flex;
    flex-direction: column;
  }
  .base,
  .list {
    gap: var(--_shn-situation-list-gap);
  }
  .list {
    list-style: none;
    padding: 0;
  }
  .list.grid {
    display: grid;
    /* min(100%, …): on a narrow screen one column fills the width instead of overflowing it. */
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--shn-situation-list-column-min-inline-size, 16em)), 1fr));
  }

  .item {
    /* The link's ::after covers the item, so a click anywhere on the card follows the one link. */
    position: relative;
    background-color: var(--shn-situation-list-item-background-color, var(--_shn-background-color));
    border: var(--shn-situation-list-item-border-width, 1px) solid
      var(--shn-situation-list-item-border-color, var(--_shn-border-color));
    border-radius: var(--shn-situation-list-item-border-radius, var(--_shn-border-radius));
    padding-block: var(--shn-situation-list-item-padding-block, var(--_shn-space-sm));
    padding-inline: var(--shn-situation-list-item-padding-inline, var(--_shn-space-inline));
  }
  .item:hover {
    background-color: var(--shn-situation-list-item-background-color-hover, var(--_shn-hover-background-color));
    border-color: var(--shn-situation-list-item-border-color-hover, var(--shn-situation-list-item-border-color, var(--_shn-border-color)));
  }

  .link {
    color: var(--shn-situation-list-link-color, var(--_shn-link-color));
    font-weight: var(--shn-situation-list-link-font-weight, 700);
    align-self: flex-start;
  }
  .link:hover {
    color: var(--shn-situation-list-link-color-hover, var(--_shn-link-hover-color));
  }
  .link::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .link:focus-visible {
    color: #000;
  }

  .description {
    color: var(--shn-situation-list-description-color, var(--_shn-subtle-color));
  }

  .crisis {
    margin-block-start: var(--_shn-space-sm);
    padding-inline-start: var(--_shn-space-sm);
    border-inline-start: 4px solid var(--shn-situation-list-crisis-border-color, var(--_shn-accent-color));
  }
  .crisis-links {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--_shn-space);
  }
  .crisis a {
    font-weight: 700;
    white-space: nowrap;
    /* Above the card's click area: these links go somewhere else. */
    position: relative;
    z-index: 1;
  }

  @media (forced-colors: active) {
    .item,
    .item:hover,
    .crisis {
      border-color: CanvasText;
    }
    .item:hover {
      background-color: Canvas;
    }
  }
`;
