import type { TemplateResult } from 'lit';

/**
 * The pieces the element renders for every status, in its language (its English comes on demand, src/texts/),
 * for the code a status loads on demand (hours-text.ts, live-status.ts) to place. Types only.
 */
export interface StatusParts {
  /** The line saying open or closed, with its indicator. */
  statusLine(text: string): TemplateResult;
  /** The phone link. */
  phone(): TemplateResult;
  /** Calling and the website. */
  actions(): TemplateResult;
  /** "Bij direct gevaar: bel 112." */
  danger(): TemplateResult;
  /**
   * The residents' part (calling, the website, 112), its sentence after `lead` (the title, as the code that
   * asks renders it), saying `body` instead of the line's day-and-night sentence when given.
   */
  everyone(lead: TemplateResult, body?: string): TemplateResult;
}
