#!/usr/bin/env node
// Framework types and editor data, generated from custom-elements.json (run by scripts/build/build.mjs after
// the analyzer). Our own small generator rather than the custom-element-*-integration family: those wrap
// the manifest's event type (`CustomEvent<X>`) in CustomEvent again, name the detail types without
// importing them, and offer read-only attributes such as `state` as props; one file we own is shorter than
// patching their output for five frameworks. Writes into dist/:
//   types/react.d.ts   React 19 native tags: JSX.IntrinsicElements, attributes with their values, `onshn-…` events
//   types/preact.d.ts  Preact's JSX, the same
//   types/solid.d.ts   Solid's JSX: attributes, `prop:` for properties, `on:shn-…` events
//   types/vue.d.ts     Vue's GlobalComponents: props (camelCase, as Vue's templates normalise them) and events
//   types/svelte.d.ts  Svelte 5's svelte/elements: attributes and `onshn-…` events
//   vscode.html-data.json  VS Code's custom HTML data (settings: html.customData)
//   web-types.json         JetBrains web-types (package.json "web-types")
// Attribute types are the manifest's (spelled out from the fields' types, scripts/build/manifest-types.mjs);
// properties without an attribute are typed as the class's own (`ShnContactStatus['hours']`); event details
// by name, imported from the package's main module, which exports them.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMain, root } from '../lib/cli.mjs';

const camel = (name) => name.replace(/-([a-z])/g, (_match, letter) => letter.toUpperCase());
const pascal = (name) => camel(name).replace(/^\w/, (letter) => letter.toUpperCase());
const quote = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
const docComment = (text, indent) => (text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\s+/g, ' ').trim()} */\n` : '');

/** What the generators need of one element, from its manifest declaration. */
export function describeElements(manifest) {
  return manifest.modules
    .flatMap((mod) => mod.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .map((declaration) => {
      const fields = (declaration.members ?? []).filter((member) => member.kind === 'field' && !member.static);
      const readonly = new Set(fields.filter((field) => field.readonly).map((field) => field.name));
      const attributes = (declaration.attributes ?? [])
        // `state` is the element's to write (read-only, reflected for styling); `lang` every framework types already.
        .filter((attribute) => !readonly.has(attribute.fieldName) && attribute.name !== 'lang')
        .map((attribute) => ({ name: attribute.name, field: attribute.fieldName ?? camel(attribute.name), type: attribute.type?.text ?? 'string', description: attribute.description }));
      const properties = fields
        .filter((field) => field.attribute === undefined && !field.readonly && (field.privacy ?? 'public') === 'public')
        .filter((field) => !attributes.some((attribute) => attribute.field === field.name))
        .map((field) => ({ name: field.name, type: `${declaration.name}['${field.name}']`, description: field.description }));
      const events = (declaration.events ?? []).map((event) => {
        const detail = event.type?.references?.[0]?.name;
        if (!detail) throw new Error(`framework types: <${declaration.tagName}> event ${event.name} has no detail type reference`);
        return { name: event.name, detail, type: `CustomEvent<${detail}>`, description: event.description };
      });
      return {
        tag: declaration.tagName,
        className: declaration.name,
        description: declaration.summary ?? declaration.description ?? '',
        allAttributes: declaration.attributes ?? [],
        attributes,
        properties,
        events,
        slots: declaration.slots ?? [],
        parts: declaration.cssParts ?? [],
        cssProperties: declaration.cssProperties ?? [],
      };
    });
}

/** `import type { ShnX, Detail } from '../index.js';` for what the element types name. */
function importLine(elements) {
  const names = [...new Set(elements.flatMap((element) => [element.className, ...element.events.map((event) => event.detail)]))].sort();
  return `import type { ${names.join(', ')} } from '../index.js';`;
}

const header = (what) =>
  `// ${what}\n// Generated from custom-elements.json by scripts/build/framework-types.mjs; do not edit.\n`;

/** An object type's members: attributes (by attribute name or field name), properties, events. */
function members(element, { attributeKey, propertyKey = (name) => name, eventKey, indent = '  ' }) {
  const lines = [];
  for (const attribute of element.attributes) lines.push(`${docComment(attribute.description, indent)}${indent}${quote(attributeKey(attribute))}?: ${attribute.type};`);
  for (const property of element.properties) lines.push(`${docComment(property.description, indent)}${indent}${quote(propertyKey(property.name))}?: ${property.type};`);
  for (const event of element.events) lines.push(`${docComment(event.description, indent)}${indent}${quote(eventKey(event.name))}?: (event: ${event.type}) => void;`);
  return lines.join('\n');
}

function propsTypes(elements, options, suffix = 'Props') {
  return elements
    .map((element) => `${docComment(`Props of \`<${element.tag}>\`: ${element.description}`, '')}export interface ${element.className}${suffix} {\n${members(element, options)}\n}`)
    .join('\n\n');
}

function jsxFile({ title, module, namespaceTypes, elementType, options }) {
  return (elements) => `${header(title)}${namespaceTypes}\n${importLine(elements)}\n\n${propsTypes(elements, options)}\n\ndeclare module '${module}' {\n  namespace JSX {\n    interface IntrinsicElements {\n${elements
    .map((element) => `      '${element.tag}': ${elementType(element.className)} & ${element.className}Props;`)
    .join('\n')}\n    }\n  }\n}\n`;
}

const react = jsxFile({
  title: 'React 19 types for the native tags (<shn-situation-list situations="fraud" onshn-situation-select={…}>).',
  module: 'react',
  namespaceTypes: "import type { DetailedHTMLProps, HTMLAttributes } from 'react';",
  elementType: (className) => `DetailedHTMLProps<HTMLAttributes<${className}>, ${className}>`,
  // React 19 sets a prop the element has as a property and any other as an attribute; `on` + the event's
  // name adds a listener for that event.
  options: { attributeKey: (attribute) => attribute.name, eventKey: (name) => `on${name}` },
});

const preact = jsxFile({
  title: 'Preact types for the native tags (<shn-situation-list situations="fraud" onshn-situation-select={…}>).',
  module: 'preact',
  namespaceTypes: "import type { JSX as PreactJSX } from 'preact';",
  elementType: (className) => `PreactJSX.HTMLAttributes<${className}>`,
  options: { attributeKey: (attribute) => attribute.name, eventKey: (name) => `on${name}` },
});

const solid = jsxFile({
  title: 'Solid types for the native tags (<shn-situation-list situations="fraud" on:shn-situation-select={…}>).',
  module: 'solid-js',
  namespaceTypes: "import type { JSX as SolidJSX } from 'solid-js';",
  elementType: (className) => `SolidJSX.HTMLAttributes<${className}>`,
  options: { attributeKey: (attribute) => attribute.name, propertyKey: (name) => `prop:${name}`, eventKey: (name) => `on:${name}` },
});

/** Vue: `public-line="…"` in a template is the prop publicLine; `@shn-situation-select` is onShnSituationSelect. */
function vue(elements) {
  const options = { attributeKey: (attribute) => camel(attribute.name), eventKey: (name) => `on${pascal(name)}` };
  return `${header('Vue 3 types for the tags in templates (GlobalComponents): props and events, checked by vue-tsc.')}import type { DefineComponent } from 'vue';\n${importLine(elements)}\n\n${propsTypes(elements, options)}\n\ndeclare module 'vue' {\n  interface GlobalComponents {\n${elements
    .map((element) => `    '${element.tag}': DefineComponent<${element.className}Props>;`)
    .join('\n')}\n  }\n}\n`;
}

/** Svelte 5: attributes by name, `onshn-…` event attributes. */
function svelte(elements) {
  const options = { attributeKey: (attribute) => attribute.name, eventKey: (name) => `on${name}` };
  return `${header('Svelte 5 types for the tags (svelte/elements), checked by svelte-check.')}import type { HTMLAttributes } from 'svelte/elements';\n${importLine(elements)}\n\n${propsTypes(elements, options)}\n\ndeclare module 'svelte/elements' {\n  export interface SvelteHTMLElements {\n${elements
    .map((element) => `    '${element.tag}': HTMLAttributes<${element.className}> & ${element.className}Props;`)
    .join('\n')}\n  }\n}\n`;
}

/** `'a' | 'b' | 2 | '2'` → ['a', 'b', '2']; null when the type is not a union of values. */
export function attributeValues(type) {
  const parts = type.split('|').map((part) => part.trim());
  if (!parts.every((part) => /^('[^']*'|\d+)$/.test(part))) return null;
  return [...new Set(parts.map((part) => part.replace(/^'|'$/g, '')))].filter((value) => value !== '');
}

function vscodeData(elements) {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tag,
      description: element.description,
      attributes: element.allAttributes.map((attribute) => {
        const values = attribute.type?.text === 'boolean' ? null : attributeValues(attribute.type?.text ?? 'string');
        return {
          name: attribute.name,
          description: attribute.description,
          ...(attribute.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
          ...(values ? { values: values.map((name) => ({ name })) } : {}),
        };
      }),
    })),
  };
}

function webTypes(elements, pkg) {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elements.map((element) => ({
          name: element.tag,
          description: element.description,
          attributes: element.allAttributes.map((attribute) => ({
            name: attribute.name,
            description: attribute.description,
            value: attribute.type?.text === 'boolean' ? { type: 'boolean', required: false } : { type: attribute.type?.text ?? 'string' },
          })),
          events: element.events.map((event) => ({ name: event.name, description: event.description })),
          slots: element.slots.map((slot) => ({ name: slot.name, description: slot.description })),
          js: {
            properties: [...element.attributes.map((a) => ({ name: a.field, type: a.type, description: a.description })), ...element.properties],
            events: element.events.map((event) => ({ name: event.name, description: event.description })),
          },
        })),
      },
      css: {
        properties: elements.flatMap((element) => element.cssProperties.map((property) => ({ name: property.name, description: property.description }))),
        parts: elements.flatMap((element) => element.parts.map((part) => ({ name: part.name, description: part.description }))),
      },
    },
  };
}

/** The files to write, as [path under dist/, text]. */
export function frameworkFiles(manifest, pkg) {
  const elements = describeElements(manifest);
  const files = [];
  for (const [name, generate] of Object.entries({ react, preact, solid, vue, svelte })) {
    files.push([`types/${name}.d.ts`, generate(elements)]);
    // An empty module, so `import '@slachtofferhulp/widgets/types/react'` also works where a tool wants a file.
    files.push([`types/${name}.js`, '// Types only: see the .d.ts beside this file.\nexport {};\n']);
  }
  files.push(['vscode.html-data.json', `${JSON.stringify(vscodeData(elements), null, 2)}\n`]);
  files.push(['web-types.json', `${JSON.stringify(webTypes(elements, pkg), null, 2)}\n`]);
  return files;
}

if (isMain(import.meta.url)) {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  for (const [path, text] of frameworkFiles(manifest, pkg)) {
    mkdirSync(join(root, 'dist', path, '..'), { recursive: true });
    writeFileSync(join(root, 'dist', path), text);
  }
}
