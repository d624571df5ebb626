import type { Decorator, Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import type { TemplateResult } from 'lit';
import { decorators as projectDecorators, initialGlobals } from '../../stories/support/frame.js';

/**
 * Storybook's own composeStories() pulls CommonJS code the test runner cannot load, so the story tests
 * compose stories here, the way Storybook does for the CSF features our stories use: meta and story args
 * merged, the story's render (else the meta's), decorators story → meta → project (innermost first),
 * parameters and globals merged. A story using anything else fails loudly instead of rendering wrongly.
 */

type AnyMeta = Meta<Record<string, unknown>>;
type AnyStory = StoryObj<Record<string, unknown>>;

export interface StoryEntry {
  /** Storybook's id, e.g. `widgets-contact-status--professional-open`. */
  id: string;
  title: string;
  exportName: string;
  name: string;
  meta: AnyMeta;
  story: AnyStory;
}

const SUPPORTED_META = new Set(['title', 'component', 'args', 'argTypes', 'render', 'decorators', 'parameters', 'tags', 'globals', 'excludeStories', 'includeStories', 'id']);
const SUPPORTED_STORY = new Set(['name', 'args', 'argTypes', 'render', 'decorators', 'parameters', 'tags', 'globals']);

/** Storybook's sanitize(): lower case, every run of other characters one hyphen. */
export function sanitize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[ ’–—―′¿'`~!@#$%^&*()_|+\-=?;:'",.<>{}[\]\\/]/gi, '-')
    .replace(/-+/g, '-')
    .replace(/^-+/, '')
    .replace(/-+$/, '');
}

/** `ProfessionalOpen` → `Professional Open`, as Storybook names an export. */
function storyNameFromExport(exportName: string): string {
  return exportName
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1 $2')
    .replace(/^./, (first) => first.toUpperCase());
}

function assertSupported(keys: string[], supported: Set<string>, where: string): void {
  const unknown = keys.filter((key) => !supported.has(key));
  if (unknown.length > 0) {
    throw new Error(`${where} uses ${unknown.join(', ')}, which test/stories/compose.ts does not compose yet: add it there.`);
  }
}

function matches(name: string, filter: unknown): boolean {
  if (filter === undefined) return false;
  if (filter instanceof RegExp) return filter.test(name);
  return (Array.isArray(filter) ? filter : [filter]).includes(name);
}

/** The stories of one CSF file, in export order. */
export function storiesOf(file: string, module: Record<string, unknown>): StoryEntry[] {
  const meta = module['default'] as AnyMeta | undefined;
  if (!meta || typeof meta.title !== 'string') throw new Error(`${file} has no default export with a title.`);
  assertSupported(Object.keys(meta), SUPPORTED_META, `The meta of ${file}`);
  const title = meta.title;
  return Object.entries(module)
    .filter(([exportName]) => exportName !== 'default' && exportName !== '__namedExportsOrder')
    .filter(([exportName]) => !matches(exportName, meta.excludeStories))
    .filter(([exportName]) => meta.includeStories === undefined || matches(exportName, meta.includeStories))
    .map(([exportName, value]) => {
      if (typeof value !== 'object' || value === null) throw new Error(`${file}: export ${exportName} is not a CSF3 story object.`);
      const story = value as AnyStory;
      assertSupported(Object.keys(story), SUPPORTED_STORY, `${file}: story ${exportName}`);
      return {
        id: `${sanitize(title)}--${sanitize(storyNameFromExport(exportName))}`,
        title,
        exportName,
        name: story.name ?? storyNameFromExport(exportName),
        meta,
        story,
      };
    });
}

/** Renders one story as Storybook would, with these globals (language, theme). */
export function composeStory(entry: StoryEntry, globals: Record<string, unknown>): TemplateResult {
  const { meta, story } = entry;
  const args = { ...meta.args, ...story.args };
  const context = {
    id: entry.id,
    name: entry.name,
    title: entry.title,
    args,
    argTypes: { ...meta.argTypes, ...story.argTypes },
    globals: { ...initialGlobals, ...meta.globals, ...story.globals, ...globals },
    parameters: { ...meta.parameters, ...story.parameters },
    viewMode: 'story',
  } as unknown as StoryContext;
  const render = story.render ?? meta.render;
  if (!render) throw new Error(`${entry.id}: neither the story nor its meta has a render function.`);
  const chain: Decorator[] = [...(story.decorators as Decorator[] | undefined ?? []), ...(meta.decorators as Decorator[] | undefined ?? []), ...projectDecorators];
  let storyFn = () => render(args, context) as TemplateResult;
  for (const decorator of chain) {
    const inner = storyFn;
    storyFn = () => decorator(inner as never, context) as TemplateResult;
  }
  return storyFn();
}
