import { css } from 'lit';
import { searchTokenChainStyles } from './search-token-chains.styles.js';

// The search box, the result count and the "nothing found" message: loaded with the search code, so a list
// without a search box does not download them. The element adopts them beside its own styles.
export const searchStyles = css`
  ${searchTokenChainStyles}
  .search,
  .empty {
    display: flex;
    flex-direction: column;
    gap: var(--_shn-space-sm);
  }
  .label,
  .empty-title,
  .phone {
    font-weight: 700;
  }
  .phone {
    white-space: nowrap;
  }

  .input {
    inline-size: 100%;
    max-inline-size: 30em;
    min-block-size: var(--_shn-target-size);
    padding: var(--_shn-space-sm);
    font: inherit;
    color: var(--shn-situation-list-input-color, var(--_shn-form-control-color));
    background-color: var(--shn-situation-list-input-background-color, var(--_shn-form-control-background-color));
    border-style: solid;
    border-width: var(--shn-situation-list-input-border-width, var(--_shn-form-control-border-width));
    border-color: var(--shn-situation-list-input-border-color, var(--_shn-form-control-border-color));
    border-radius: var(--shn-situation-list-input-border-radius, var(--_shn-form-control-border-radius));
  }

  /* Until the first search the live region is empty: take back the gap it would add. */
  .count:empty {
    margin-block-start: calc(-1 * var(--_shn-situation-list-gap));
  }

  @media (forced-colors: active) {
    .input {
      border-color: CanvasText;
    }
  }
`;
