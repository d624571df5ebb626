// The embed configurator: builds its form from custom-elements.json, previews the element, and writes the
// snippet (demo/embed-snippet.js) with this build's hashes from dist/cdn/integrity.json.
import {
  DEFAULT_RESERVE,
  ELEMENTS,
  THEMES,
  bodySnippet,
  cssSnippet,
  entryFor,
  headSnippet,
  htmlOnlyAttributes,
  htmlOnlyHead,
  jsDelivrBase,
  onDemandNeeds,
  themeCss,
} from './embed-snippet.js';
import { PUBLISHED_THEMES, themeUrl } from './published-themes.js';

/** Attributes the form does not offer: language has its own choice; the rest are for tests or read-only. */
const NOT_CONFIGURABLE = new Set(['lang', 'state', 'now', 'query']);

const $ = (id) => document.getElementById(id);
const form = $('options');
const field = (name) => form.elements.namedItem(name);

let integrity;
let declarations; // tag → manifest declaration
let generation = 0;

async function fetchJson(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

function radio(name, value, text, checked) {
  const label = document.createElement('label');
  const input = document.createElement('input');
  Object.assign(input, { type: 'radio', name, value, checked });
  label.append(input, ` ${text}`);
  return label;
}

/** `'list'|'grid'` or `2|3|4` → ['list', 'grid'] / ['2', '3', '4']; anything else → null. */
function literalValues(typeText) {
  const parts = typeText.split('|').map((part) => part.trim());
  if (!parts.every((part) => /^'[^']*'$|^\d+$/.test(part))) return null;
  return parts.map((part) => part.replace(/^'|'$/g, ''));
}

/** The description's first sentence, without Markdown backticks. */
const firstSentence = (text = '') => (/^[\s\S]*?[.!?](\s|$)/.exec(text)?.[0] ?? text).replace(/`/g, '').trim();

function attributeControl(tag, attribute) {
  const id = `attr-${tag}-${attribute.name}`;
  const wrapper = document.createElement('div');
  wrapper.className = 'field';
  const hint = document.createElement('p');
  hint.className = 'hint';
  hint.id = `${id}-hint`;
  hint.textContent = firstSentence(attribute.description);
  const type = attribute.type?.text ?? 'string';
  const values = literalValues(type);
  let control;
  if (type === 'boolean') {
    wrapper.className = 'field check';
    control = document.createElement('input');
    control.type = 'checkbox';
  } else if (values) {
    control = document.createElement('select');
    const fallback = attribute.default ? ` (${attribute.default.replace(/'/g, '')})` : '';
    control.append(new Option(`default${fallback}`, ''), ...values.map((value) => new Option(value, value)));
  } else {
    control = document.createElement('input');
    control.type = 'text';
    control.autocomplete = 'off';
  }
  Object.assign(control, { id, name: id });
  control.dataset.attribute = attribute.name;
  control.setAttribute('aria-describedby', hint.id);
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = attribute.name;
  if (type === 'boolean') wrapper.append(control, label, hint);
  else wrapper.append(label, control, hint);
  return wrapper;
}

function renderAttributeFields(tag) {
  const attributes = (declarations.get(tag)?.attributes ?? []).filter((attribute) => !NOT_CONFIGURABLE.has(attribute.name));
  $('attribute-fields').replaceChildren(...attributes.map((attribute) => attributeControl(tag, attribute)));
}

function readState() {
  const attributes = {};
  for (const control of $('attribute-fields').querySelectorAll('[data-attribute]')) {
    attributes[control.dataset.attribute] = control.type === 'checkbox' ? control.checked : control.value.trim();
  }
  const selfBase = field('selfBase').value.trim() || new URL('/dist/cdn/', location.href).href;
  return {
    tag: field('element').value,
    attributes,
    lang: field('lang').value,
    theme: field('theme').value,
    previewTheme: field('previewTheme').value,
    base: field('source').value === 'jsdelivr' ? jsDelivrBase(integrity.version) : selfBase.replace(/\/?$/, '/'),
    single: field('single').checked,
    htmlOnly: field('mode').value === 'html',
  };
}

/** Links a published theme's stylesheets into the page once (same origin, so a strict CSP allows them). */
async function loadPublishedTheme(id) {
  const theme = PUBLISHED_THEMES.find((entry) => entry.id === id);
  if (!theme) return '';
  await Promise.all(
    theme.stylesheets.map((path) => {
      const href = themeUrl(path);
      if (document.querySelector(`link[href="${href}"]`)) return undefined;
      const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
      // A stylesheet that does not load leaves the preview in the default look (the console says why).
      const loaded = new Promise((resolve) => {
        link.addEventListener('load', resolve, { once: true });
        link.addEventListener('error', resolve, { once: true });
      });
      document.head.append(link);
      return loaded;
    }),
  );
  return theme.className;
}

/**
 * The element as the snippet describes it; theme tokens through the CSSOM, which a strict CSP allows. In a
 * published theme, inside an element with the theme's class, as on the site.
 */
async function renderPreview({ tag, attributes, lang, theme, previewTheme }) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, '');
    else if (value) element.setAttribute(name, value);
  }
  element.setAttribute('lang', lang);
  for (const [name, value] of Object.entries(THEMES[theme]?.tokens ?? {})) element.style.setProperty(name, value);
  const page = document.createElement('div');
  page.className = await loadPublishedTheme(previewTheme);
  page.append(element);
  $('preview').replaceChildren(page);
  await customElements.whenDefined(tag);
  await element.updateComplete;
  const rootSize = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  const { height, width } = element.getBoundingClientRect();
  return { reserve: `${Math.ceil((height / rootSize) * 4) / 4}rem`, note: `the height measured in the preview, ${Math.round(width)}px wide` };
}

async function update() {
  const current = ++generation;
  const state = readState();
  $('self-base').disabled = field('source').value !== 'self';
  $('mode-note').hidden = !state.htmlOnly;
  if (state.htmlOnly) return updateHtmlOnly(state, current);
  $('snippet-head').value = headSnippet({ base: state.base, entry: entryFor(state.tag, state.single), integrity, needs: onDemandNeeds(state) });
  $('snippet-body').value = bodySnippet(state);
  $('snippet-css').value = cssSnippet({ tag: state.tag, theme: state.theme, reserve: DEFAULT_RESERVE[state.tag] });
  const measured = await renderPreview(state).catch(() => null);
  if (measured && current === generation) $('snippet-css').value = cssSnippet({ tag: state.tag, theme: state.theme, ...measured });
  if (current === generation) form.dataset.ready = 'true';
}

/** "HTML only": the element's server HTML from the demo server (a browser cannot render it), its stylesheet line. */
async function updateHtmlOnly(state, current) {
  $('snippet-head').value = htmlOnlyHead({ base: state.base, tag: state.tag, integrity });
  $('snippet-css').value = themeCss(state) || '/* Nothing needed: the HTML is complete. */';
  const query = new URLSearchParams({ tag: state.tag, attributes: JSON.stringify(htmlOnlyAttributes(state)), base: state.base });
  let html;
  try {
    const response = await fetch(`/server-html?${query}`);
    html = response.ok ? await response.text() : `<!-- ${response.status}: ${await response.text()} -->`;
  } catch (error) {
    html = `<!-- The demo server renders this HTML: run "npm start" (${error.message}). -->`;
  }
  if (current !== generation) return;
  $('snippet-body').value = html;
  await renderPreview(state).catch(() => null);
  if (current === generation) form.dataset.ready = 'true';
}

async function copy(id) {
  const textarea = $(id);
  const status = $('copy-status');
  try {
    await navigator.clipboard.writeText(textarea.value);
    status.textContent = 'Copied.';
  } catch {
    textarea.focus();
    textarea.select();
    status.textContent = 'The text is selected: press Ctrl+C (or Cmd+C) to copy it.';
  }
}

async function start() {
  try {
    const [integrityJson, manifest] = await Promise.all([fetchJson('/dist/cdn/integrity.json'), fetchJson('/custom-elements.json')]);
    integrity = integrityJson;
    declarations = new Map(
      manifest.modules.flatMap((mod) => mod.declarations ?? []).filter((declaration) => declaration.tagName).map((d) => [d.tagName, d]),
    );
  } catch (error) {
    $('load-error').hidden = false;
    $('load-error').textContent = `Could not read this build's files (${error.message}). Run "npm start" to build and serve the demo.`;
    return;
  }
  const tags = ELEMENTS.filter((tag) => declarations.has(tag));
  $('element-choices').replaceChildren(...tags.map((tag, index) => radio('element', tag, `<${tag}>`, index === 0)));
  $('theme-choices').replaceChildren(...Object.entries(THEMES).map(([key, theme], index) => radio('theme', key, theme.label.en, index === 0)));
  $('preview-theme').append(...PUBLISHED_THEMES.map(({ id, label }) => new Option(label, id)));
  field('selfBase').value = new URL('/dist/cdn/', location.href).href;
  renderAttributeFields(tags[0]);
  form.addEventListener('change', (event) => {
    if (event.target.name === 'element') renderAttributeFields(event.target.value);
    update();
  });
  form.addEventListener('input', () => update());
  form.addEventListener('submit', (event) => event.preventDefault());
  document.addEventListener('click', (event) => {
    const button = event.target.closest?.('[data-copy]');
    if (button) copy(button.dataset.copy);
  });
  await update();
}

start();
