import { css } from 'lit';

// The municipality card's rules (its domains, the emergency route beside its status): they come with the
// other audiences' words (other-audiences.ts, on demand), and the card adopts them beside its own styles.
export const otherAudienceStyles = css`
  .services-title {
    font-weight: 700;
  }
  .services ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .services li + li,
  .services li > ul {
    margin-block-start: 0.25em;
  }
  /* The nested status shows the same route itself while the line is closed. */
  shn-contact-status[state='closed'] + .after-hours {
    display: none;
  }
`;
