/// <reference types="node" />
import { createHash } from 'node:crypto';
import { render, type RenderInfo } from '@lit-labs/ssr';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { collectResult, type ThunkedRenderResult } from '@lit-labs/ssr/lib/render-result.js';
import { renderValue } from '@lit-labs/ssr/lib/render-value.js';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { AudienceId, DomainId, SituationId } from '../content/ids.js';
import type { PublicLineReading } from '../content/public-line.js';
import { VERSION } from '../core/version.js';
import type { HeadingLevel } from '../base/heading.js';
import type { ContactStatusAudience, PublicHolidays, PublicLine } from '../contact-status/contact-status.component.js';
import type { SituationListLayout } from '../situation-list/situation-list.component.js';
import { preload } from '../base/on-demand.js';
import { SEARCH_CODE } from '../situation-list/search-loader.js';
import { ENGLISH_TEXTS_CODE } from '../texts/english.js';
import { OTHER_AUDIENCES_CODE } from '../referral-card/other-audiences-code.js';
import { SITUATION_QUESTIONS_CODE } from '../referral-card/situation-questions-code.js';
import { HOURS_TEXT } from '../contact-status/hours-text-code.js';
import '../define/index.js';
import { SSR_TAGS, stylesheetFile, stylesheetText, type SsrTag } from './stylesheets.js';

export { SSR_TAGS, stylesheetText, type SsrTag } from './stylesheets.js';

/** An attribute's value as a page would write it: text, a number, or `true` for a boolean attribute. */
export type AttributeValue = string | number | boolean | null | undefined;

export interface ServerRenderOptions {
  /**
   * URL of the folder that holds the package's `dist/cdn/` files, where each element's stylesheet
   * (`shn-contact-status.css`, …) is: absolute, or a path on your own site (`/assets/slachtofferhulp/`).
   * Default: this version on jsDelivr. Self-hosting: as in the embed snippet (README → Host the files yourself).
   */
  stylesheetBase?: string;
}

/** This version's `dist/cdn/` folder on jsDelivr. */
export const JSDELIVR_BASE = `https://cdn.jsdelivr.net/npm/@slachtofferhulp/widgets@${VERSION}/dist/cdn/`;

/** The attributes each element takes in server HTML (`lang` too), and which are boolean. */
const ATTRIBUTES: Record<SsrTag, { text: readonly string[]; boolean: readonly string[] }> = {
  'shn-contact-status': { text: ['audience', 'public-line', 'public-holidays', 'now'], boolean: ['compact'] },
  'shn-situation-list': { text: ['situations', 'audience', 'query', 'layout', 'heading', 'heading-level'], boolean: ['searchable'] },
  'shn-referral-card': { text: ['audience', 'domain', 'situation', 'public-line', 'heading-level', 'now'], boolean: [] },
};

const integrities = new Map<SsrTag, string>();

/** The `integrity` of a tag's stylesheet: sha384 of the very text the build writes to `dist/cdn/`. */
export function stylesheetIntegrity(tag: SsrTag): string {
  let value = integrities.get(tag);
  if (!value) integrities.set(tag, (value = `sha384-${createHash('sha384').update(stylesheetText(tag)).digest('base64')}`));
  return value;
}

/** The URL of a tag's stylesheet. */
export function stylesheetUrl(tag: SsrTag, { stylesheetBase = JSDELIVR_BASE }: ServerRenderOptions = {}): string {
  return `${stylesheetBase.replace(/\/?$/, '/')}${stylesheetFile(tag)}`;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The `<link>` that styles a tag's shadow root: a file, so `style-src 'self'` (or the CDN host) is enough. */
export function stylesheetLink(tag: SsrTag, options: ServerRenderOptions = {}): string {
  return `<link rel="stylesheet" href="${escapeAttribute(stylesheetUrl(tag, options))}" integrity="${stylesheetIntegrity(tag)}" crossorigin="anonymous">`;
}

/**
 * Lit's renderer for our elements, with one change: the shadow root links the element's stylesheet instead
 * of an inline `<style>`, which a Content-Security-Policy without 'unsafe-inline' blocks.
 */
function linkedStylesRenderer(options: ServerRenderOptions) {
  return class LinkedStylesRenderer extends LitElementRenderer {
    override renderShadow(renderInfo: RenderInfo): ThunkedRenderResult {
      const tag = this.tagName as SsrTag;
      const element = this.element as unknown as { render(): unknown };
      return [SSR_TAGS.includes(tag) ? stylesheetLink(tag, options) : '', () => renderValue(element.render(), renderInfo)];
    }
  };
}

type Attributes = Record<string, AttributeValue>;

/**
 * An attribute as a page writes it: text. Typed as the attribute's values for the template's type check
 * (lit-analyzer); any text may come from a page, and the element checks it (one warning, then its
 * fallback) as it does in a browser.
 */
function text<T extends string = string>(attributes: Attributes, name: string): T | undefined {
  const value = attributes[name];
  return value === undefined || value === null || value === false ? undefined : (String(value) as T);
}
const flag = (attributes: Attributes, name: string) => attributes[name] === true || attributes[name] === '';

/** One template per element, every attribute a binding: values are escaped by Lit, never markup. */
const TEMPLATES: Record<SsrTag, (a: Attributes) => TemplateResult> = {
  'shn-contact-status': (a) =>
    html`<shn-contact-status audience=${ifDefined(text<ContactStatusAudience>(a, 'audience'))} public-line=${ifDefined(text<PublicLine>(a, 'public-line'))} public-holidays=${ifDefined(text<PublicHolidays>(a, 'public-holidays'))} now=${ifDefined(text(a, 'now'))} ?compact=${flag(a, 'compact')} lang=${ifDefined(text(a, 'lang'))}></shn-contact-status>`,
  'shn-situation-list': (a) =>
    html`<shn-situation-list situations=${ifDefined(text(a, 'situations'))} audience=${ifDefined(text<AudienceId>(a, 'audience'))} ?searchable=${flag(a, 'searchable')} query=${ifDefined(text(a, 'query'))} layout=${ifDefined(text<SituationListLayout>(a, 'layout'))} heading=${ifDefined(text(a, 'heading'))} heading-level=${ifDefined(text<`${HeadingLevel}`>(a, 'heading-level'))} lang=${ifDefined(text(a, 'lang'))}></shn-situation-list>`,
  'shn-referral-card': (a) =>
    html`<shn-referral-card audience=${ifDefined(text<AudienceId>(a, 'audience'))} domain=${ifDefined(text<DomainId>(a, 'domain'))} situation=${ifDefined(text<SituationId>(a, 'situation'))} public-line=${ifDefined(text<PublicLineReading>(a, 'public-line'))} heading-level=${ifDefined(text<`${HeadingLevel}`>(a, 'heading-level'))} now=${ifDefined(text(a, 'now'))} lang=${ifDefined(text(a, 'lang'))}></shn-referral-card>`,
};

let preloaded: Promise<unknown> | undefined;

/**
 * Renders one element with its attributes to HTML with a declarative shadow root (Lit SSR underneath), for a
 * page made on a server or pasted into a CMS. The HTML needs no script to be read: links work, the shadow
 * root links the element's stylesheet (no inline style), and it never says whether the line is open now,
 * since the page may be shown hours later: a professional status shows the line's hours in words and what
 * to do outside them. Load `@slachtofferhulp/widgets/ssr-client` before the elements' script and they
 * hydrate, and the status becomes live.
 *
 * An unknown tag throws a TypeError; an unknown attribute warns once and is left out. Attribute values
 * are checked by the element as in the browser (one warning, then its documented fallback).
 */
export async function renderWidget(tag: SsrTag, attributes: Attributes = {}, options: ServerRenderOptions = {}): Promise<string> {
  if (!SSR_TAGS.includes(tag)) throw new TypeError(`renderWidget: unknown element "${String(tag)}"; expected one of ${SSR_TAGS.join(', ')}.`);
  const known = ATTRIBUTES[tag];
  for (const name of Object.keys(attributes)) {
    if (name !== 'lang' && !known.text.includes(name) && !known.boolean.includes(name)) {
      console.warn(`<${tag}> renderWidget: unknown attribute "${name}"; leaving it out.`);
    }
  }
  // Code a browser loads on demand is there at once on a server: a list renders in English and with its
  // search box, a card for professionals with its texts, a status that shows hours with the hours in words
  // (never its live hours: the HTML may outlive the moment), as it will look once the script runs.
  preloaded ??= Promise.all([
    preload(SEARCH_CODE),
    preload(ENGLISH_TEXTS_CODE),
    preload(OTHER_AUDIENCES_CODE),
    preload(SITUATION_QUESTIONS_CODE),
    preload(HOURS_TEXT),
  ]);
  await preloaded;
  return collectResult(render(TEMPLATES[tag](attributes), { elementRenderers: [linkedStylesRenderer(options)] }));
}
