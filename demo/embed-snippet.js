// The embed snippet a municipality pastes into its page: one source of truth for the configurator, the demo
// server (which fills it into the sample municipal page) and the tests. Plain ES module:
// it runs in the browser and in Node. It imports the package's own rules from the build (dist/), so run
// `npm run build` first (`npm start` does).
import { statusNeeds } from '../dist/contact-status/needs.js';
import { cardNeeds } from '../dist/referral-card/needs.js';
import { listNeeds } from '../dist/situation-list/needs.js';

export const ELEMENTS = ['shn-contact-status', 'shn-situation-list', 'shn-referral-card'];

/** The npm CDN URL of a released version's dist/cdn folder. */
export const jsDelivrBase = (version) => `https://cdn.jsdelivr.net/npm/@slachtofferhulp/widgets@${version}/dist/cdn/`;

const PHONE_LINK = '<a href="tel:09000101">0900-0101</a>';
const SITE_LINK = '<a href="https://www.slachtofferhulp.nl/">slachtofferhulp.nl</a>';

/**
 * What shows before the script runs (or when it never does): a short sentence with the number as a tel: link
 * and a link to slachtofferhulp.nl, in the page's language. `slot="fallback"` names a slot that no element
 * has, so the browser stops rendering it the moment the element upgrades, also in the referral card, whose
 * default slot would otherwise show it.
 */
const FALLBACK = {
  'shn-contact-status': {
    nl: `Slachtofferhulp Nederland is dag en nacht bereikbaar. Bel ${PHONE_LINK} of ga naar ${SITE_LINK}.`,
    en: `Slachtofferhulp Nederland (Victim Support Netherlands) can be reached day and night. Call ${PHONE_LINK} or go to ${SITE_LINK}.`,
  },
  'shn-contact-status:professional': {
    nl: `Voor professionals: bel ${PHONE_LINK} en kies Professional (optie 3). Maandag tot en met vrijdag 08:00–20:00 uur, zaterdag 10:00–17:00 uur.`,
    en: `For professionals: call ${PHONE_LINK} and choose Professional (option 3). Monday to Friday 08:00–20:00, Saturday 10:00–17:00 (Dutch time).`,
  },
  'shn-situation-list': {
    nl: `Heeft u iets ergs meegemaakt? Slachtofferhulp Nederland helpt u gratis. Bel ${PHONE_LINK} of ga naar ${SITE_LINK}.`,
    en: `Has something bad happened to you? Slachtofferhulp Nederland (Victim Support Netherlands) helps you for free. Call ${PHONE_LINK} or go to ${SITE_LINK}.`,
  },
  'shn-referral-card': {
    nl: `Slachtofferhulp Nederland helpt slachtoffers, getuigen en nabestaanden, altijd gratis. Bel ${PHONE_LINK} of ga naar ${SITE_LINK}.`,
    en: `Slachtofferhulp Nederland (Victim Support Netherlands) helps victims, witnesses and bereaved, always for free. Call ${PHONE_LINK} or go to ${SITE_LINK}.`,
  },
};

/**
 * Space to keep free before the element upgrades, so the page does not jump when it does. Measured on the
 * sample municipal page (a 46rem column); the configurator measures the element it previews instead.
 */
export const DEFAULT_RESERVE = {
  'shn-contact-status': '10.8125rem',
  'shn-situation-list': '24rem',
  'shn-referral-card': '17rem',
};

/** Themes: NL Design System --basis-* tokens, which every element falls back to. */
export const THEMES = {
  standaard: { label: { nl: 'Standaard', en: 'Default' }, tokens: {} },
  huisstijl: {
    label: { nl: 'Huisstijl (voorbeeld)', en: 'House style (example)' },
    tokens: {
      '--basis-color-action-1-color-default': '#5b2a86',
      '--basis-color-action-1-color-hover': '#3d1c5a',
      '--basis-color-accent-1-color-default': '#5b2a86',
      '--basis-color-action-1-inverse-bg-default': '#5b2a86',
      '--basis-color-action-1-inverse-bg-hover': '#3d1c5a',
      '--basis-border-radius-md': '0',
      '--basis-text-font-family-default': 'Georgia, "Times New Roman", serif',
    },
  },
  donker: {
    label: { nl: 'Donker', en: 'Dark' },
    tokens: {
      '--basis-color-default-bg-document': '#1c1c1e',
      '--basis-color-default-color-document': '#f2f2f2',
      '--basis-color-default-color-subtle': '#c8c8c8',
      '--basis-color-default-border-default': '#9a9a9a',
      '--basis-color-action-1-color-default': '#9cc8ff',
      '--basis-color-action-1-color-hover': '#cfe3ff',
      '--basis-color-action-1-inverse-bg-default': '#9cc8ff',
      '--basis-color-action-1-inverse-bg-hover': '#cfe3ff',
      '--basis-color-action-1-inverse-color-default': '#101010',
      '--basis-color-warning-bg-subtle': '#3a2a10',
      '--basis-color-warning-border-default': '#f0a040',
      '--basis-color-positive-color-default': '#5fd37a',
      '--basis-form-control-background-color': '#2a2a2d',
      '--basis-form-control-color': '#f2f2f2',
      '--basis-form-control-border-color': '#9a9a9a',
    },
  },
};

export function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]);
}

/** The CDN entry to load: the element's own file, or shn-widgets.js for all three. */
export const entryFor = (tag, singleElement) => (singleElement ? `${tag}.js` : 'shn-widgets.js');

/**
 * The code an element loads on demand that this configuration will need, by its name in integrity.json's
 * `onDemand`. The rules are the elements' own (src/<element>/needs.ts, built to dist/), so the snippet preloads
 * exactly what the element will ask for.
 */
export function onDemandNeeds({ tag, attributes = {}, lang = '' }) {
  const publicLine = attributes['public-line'];
  if (tag === 'shn-situation-list') return listNeeds({ searchable: Boolean(attributes.searchable), lang });
  if (tag === 'shn-contact-status') return statusNeeds({ audience: attributes.audience, publicLine, lang });
  if (tag === 'shn-referral-card') return cardNeeds({ audience: attributes.audience, situation: attributes.situation, publicLine, lang });
  return [];
}

/** What a page with these widgets ({ tag, attributes, lang }) needs on demand, each group once. */
export const pageNeeds = (widgets) => [...new Set(widgets.flatMap((widget) => onDemandNeeds(widget)))];

/**
 * The <head> part: one modulepreload per chunk, each with its own hash (the entry's `integrity` covers only
 * the entry file, not the chunks it imports), then the entry script itself. The chunks an element loads on
 * demand are preloaded only for the `needs` of this page (see onDemandNeeds): a page never downloads code
 * it does not use, and what it does load on demand is checked against its hash too.
 */
export function headSnippet({ base, entry, integrity, needs = [] }) {
  const files = integrity.entries[entry];
  if (!files) throw new Error(`integrity.json has no entry ${entry}`);
  const chunks = new Set(files.imports);
  for (const need of needs) for (const chunk of files.onDemand[need] ?? []) chunks.add(chunk);
  const tag = (file) => `${base}${file}`;
  const lines = [...chunks].map(
    (chunk) => `<link rel="modulepreload" href="${escapeHtml(tag(chunk))}" integrity="${integrity.files[chunk]}" crossorigin="anonymous">`,
  );
  lines.push(`<script type="module" src="${escapeHtml(tag(entry))}" integrity="${integrity.files[entry]}" crossorigin="anonymous"></script>`);
  return lines.join('\n');
}

export function fallbackText(tag, lang, attributes = {}) {
  const key = tag === 'shn-contact-status' && attributes.audience === 'professional' ? `${tag}:professional` : tag;
  return FALLBACK[key][lang === 'en' ? 'en' : 'nl'];
}

/** The element where the widget goes, with its attributes and the fallback inside. */
export function bodySnippet({ tag, attributes = {}, lang }) {
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== undefined && value !== null && value !== false && value !== '')
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
  const langAttr = lang ? ` lang="${escapeHtml(lang)}"` : '';
  return `<${tag}${attrs}${langAttr}>\n  <p slot="fallback">${fallbackText(tag, lang, attributes)}</p>\n</${tag}>`;
}

/** For the site's stylesheet: the space to reserve before the upgrade, and the theme's tokens. */
export function cssSnippet({ tag, theme = 'standaard', reserve = DEFAULT_RESERVE[tag], note = '' }) {
  const rules = [
    `/* Keeps the page from jumping when the widget loads${note ? ` (${note})` : ''}. */`,
    `${tag}:not(:defined) {\n  display: block;\n  min-block-size: ${reserve};\n}`,
  ];
  const tokens = themeCss({ tag, theme });
  if (tokens) rules.push(tokens);
  return rules.join('\n');
}

/** The theme's tokens as a rule for the element ('' for the default theme). */
export function themeCss({ tag, theme = 'standaard' }) {
  const tokens = Object.entries(THEMES[theme]?.tokens ?? {});
  return tokens.length ? `${tag} {\n${tokens.map(([name, value]) => `  ${name}: ${value};`).join('\n')}\n}` : '';
}

/**
 * "HTML only (no script)", for a CMS that strips scripts: the element's server HTML (rendered by
 * `@slachtofferhulp/widgets/ssr`; the demo server's /server-html), with its stylesheet. `searchable` is left
 * out: a search box needs the script. No live status either: the status shows the hours in words.
 */
export const HTML_ONLY_DROPS = ['searchable', 'query'];

export function htmlOnlyAttributes({ attributes = {}, lang }) {
  const kept = Object.fromEntries(Object.entries(attributes).filter(([name, value]) => !HTML_ONLY_DROPS.includes(name) && value !== '' && value !== false));
  return lang ? { ...kept, lang } : kept;
}

/** The <head> line of an HTML-only snippet: the stylesheet, fetched early (the server HTML links it too). */
export function htmlOnlyHead({ base, tag, integrity }) {
  const file = integrity.stylesheets?.[tag] ?? `${tag}.css`;
  return `<link rel="preload" as="style" href="${escapeHtml(`${base}${file}`)}" integrity="${integrity.files[file]}" crossorigin="anonymous">`;
}

/** Everything at once, as a blank test page would receive it. */
export function fullPage({ head, body, css, lang = 'nl' }) {
  return `<!doctype html>\n<html lang="${escapeHtml(lang)}">\n<head>\n<meta charset="utf-8">\n<title>Test</title>\n<style>\n${css}\n</style>\n${head}\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
}
