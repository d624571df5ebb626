import type { ArgTypes, InputType } from 'storybook/internal/types';

// The parts of a custom-elements.json (schema 2.x) that the controls and docs tables use.
interface Typed {
  name: string;
  description?: string;
  type?: { text?: string };
  default?: string;
}
interface Attribute extends Typed {
  fieldName?: string;
}
interface Member extends Typed {
  kind: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
  readonly?: boolean;
}
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  description?: string;
  attributes?: Attribute[];
  members?: Member[];
  events?: Typed[];
  slots?: Typed[];
  cssParts?: Typed[];
  cssProperties?: Typed[];
}
export interface Manifest {
  schemaVersion?: string;
  modules: { path: string; declarations?: Declaration[] }[];
}

/** The fallback chains of stories/generated/css-properties.json, by property name. */
export interface CssPropertiesDocument {
  elements: { element: string; properties: { name: string; chains: string[][] }[] }[];
}

/** `ShnContactStatus` → `shn-contact-status`: the project's rule for class and tag names. */
function tagFromClassName(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

/**
 * The elements register through `defineElement()`, which the analyzer cannot follow, so a manifest made
 * without the project's analyzer config has no `tagName`. Fill it in from the class name (a no-op once
 * the config provides it).
 */
export function withTagNames(manifest: Manifest): Manifest {
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) =>
        declaration.customElement && !declaration.tagName && /^Shn[A-Z]/.test(declaration.name)
          ? { ...declaration, tagName: tagFromClassName(declaration.name) }
          : declaration,
      ),
    })),
  };
}

function declarationFor(tagName: string, manifest: Manifest): Declaration | undefined {
  for (const module of manifest.modules) {
    const found = module.declarations?.find((declaration) => declaration.tagName === tagName);
    if (found) return found;
  }
  return undefined;
}

/** `'a' | 'b'` → `['a', 'b']`, `2|3` → `['2', '3']` (attribute values are text); null for other types. */
function literalOptions(typeText: string | undefined): string[] | null {
  if (!typeText) return null;
  const parts = typeText.split('|').map((part) => part.trim()).filter((part) => part !== 'undefined');
  if (parts.length < 2 || !parts.every((part) => /^('[^']*'|"[^"]*"|\d+)$/.test(part))) return null;
  // `2 | 3 | '2' | '3'` (a property that takes the number or its text) is one option per value.
  return [...new Set(parts.map((part) => part.replace(/^['"]|['"]$/g, '')))];
}

function controlFor(type: string | undefined): InputType {
  const text = type?.replace(/\s*\|\s*undefined$/, '');
  if (text === 'boolean') return { control: { type: 'boolean' } };
  if (text === 'number') return { control: { type: 'number' } };
  const options = literalOptions(text);
  if (options) return { control: { type: options.length <= 3 ? 'inline-radio' : 'select' }, options };
  return { control: { type: 'text' } };
}

function pascal(name: string): string {
  return name.replace(/(^|[-_:.\s]+)(\w)/g, (_match, _separator, letter: string) => letter.toUpperCase());
}

/**
 * Storybook argTypes for one element, from custom-elements.json: a control for every attribute (keyed by
 * the attribute's name, as the stories' render functions read it), the JavaScript-only properties, the
 * events (logged in the Actions panel as `on<EventName>`), the slots (a text control that fills the slot),
 * the CSS parts, and the custom properties with their fallback chain as default (a control that sets the
 * property on the story's frame).
 */
export function argTypesFromManifest(tagName: string, manifest: Manifest, cssProperties?: CssPropertiesDocument): ArgTypes {
  const declaration = declarationFor(tagName, manifest);
  if (!declaration) return {};
  const argTypes: ArgTypes = {};
  const chains = new Map(
    (cssProperties?.elements ?? []).flatMap(({ properties }) => properties.map(({ name, chains: c }) => [name, c] as const)),
  );

  for (const attribute of declaration.attributes ?? []) {
    argTypes[attribute.name] = {
      name: attribute.name,
      description: attribute.description,
      ...controlFor(attribute.type?.text),
      table: {
        category: 'attributes',
        type: { summary: attribute.type?.text ?? 'string' },
        defaultValue: attribute.default === undefined ? undefined : { summary: attribute.default },
      },
    };
  }

  const attributeFields = new Set((declaration.attributes ?? []).map((attribute) => attribute.fieldName));
  for (const member of declaration.members ?? []) {
    if (member.kind !== 'field' || member.static || member.privacy || attributeFields.has(member.name)) continue;
    argTypes[member.name] = {
      name: member.name,
      description: `${member.description ?? ''} (JavaScript property only.)`.trim(),
      control: false,
      table: { category: 'properties', type: { summary: member.type?.text ?? '' } },
    };
  }

  for (const event of declaration.events ?? []) {
    argTypes[`on${pascal(event.name)}`] = {
      name: event.name,
      description: event.description,
      action: event.name,
      control: false,
      table: { category: 'events', type: { summary: event.type?.text ?? 'Event' } },
    };
  }

  for (const slot of declaration.slots ?? []) {
    const key = `slot-${slot.name || 'default'}`;
    argTypes[key] = {
      name: slot.name ? `slot="${slot.name}"` : '(default slot)',
      description: `${slot.description ?? ''} In the story: text to put in this slot.`.trim(),
      control: { type: 'text' },
      table: { category: 'slots', type: { summary: 'HTML' } },
    };
  }

  for (const part of declaration.cssParts ?? []) {
    argTypes[`part-${part.name}`] = {
      name: `::part(${part.name})`,
      description: part.description,
      control: false,
      table: { category: 'css shadow parts' },
    };
  }

  for (const property of declaration.cssProperties ?? []) {
    const chain = chains.get(property.name);
    argTypes[property.name] = {
      name: property.name,
      description: property.description,
      control: { type: /color/.test(property.name) ? 'color' : 'text' },
      table: {
        category: 'css custom properties',
        defaultValue: chain ? { summary: chain.map((hops) => hops.join(' → ')).join('  |  ') } : undefined,
      },
    };
  }

  return argTypes;
}
