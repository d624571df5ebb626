import { html, type TemplateResult } from 'lit';
import { safeLink } from '../core/safe-link.js';

/** The words of the line and the number to dial (the content module's EMERGENCY_NUMBER, in one locale). */
export interface DangerLine {
  href: string;
  before: string;
  /** The link's text, which says what it does ("bel 112"): also its accessible name. */
  link: string;
  after: string;
}

/**
 * "Bij direct gevaar: bel 112." One calm sentence, the same in every element that shows it, with the link
 * inside the sentence as a full-size target. No colour of its own: it must not shout, and it keeps the
 * contrast of the text around it.
 */
export function renderDangerLine({ href, before, link, after }: DangerLine): TemplateResult {
  return html`<p class="danger" part="danger">${before} <a class="target" href=${safeLink(href)}>${link}</a>${after}</p>`;
}
