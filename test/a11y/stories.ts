import { render } from 'lit';
import { THEMES, type LanguageId, type ThemeId } from '../../stories/support/frame.js';
import { loadThemeStylesheets } from '../support/themes.js';
import { STORY_MODULES } from '../stories/all-stories.js';
import { composeStory, storiesOf, type StoryEntry } from '../stories/compose.js';
import { settle } from './mount-in.js';

export { THEMES, type StoryEntry };

/** Every story of every element, as Storybook shows them. */
export const STORIES: StoryEntry[] = STORY_MODULES.flatMap(([file, module]) => storiesOf(file, module));

/** Links the stylesheets behind the story themes (once per page). */
export const loadThemes = loadThemeStylesheets;

let container: HTMLElement | undefined;

/** Renders a story in the story frame (language, theme) and waits until its widgets have rendered. */
export async function showStory(entry: StoryEntry, lang: LanguageId, theme: ThemeId = 'default'): Promise<HTMLElement> {
  await loadThemes();
  // As on a phone page that uses its full width (the narrow story frame is exactly 320 px wide).
  document.body.style.margin = '0';
  container?.remove();
  container = document.createElement('div');
  document.body.append(container);
  render(composeStory(entry, { lang, theme }), container);
  const frame = container.querySelector<HTMLElement>('[data-shn-story-frame]') ?? container;
  await settle(frame);
  await document.fonts.ready;
  return frame;
}

export function removeStory(): void {
  container?.remove();
  container = undefined;
}

/** A story's name for a test title: `Widgets/Contact status › Professional: open`. */
export const storyTitle = (entry: StoryEntry) => `${entry.title} › ${entry.name}`;

/** The element a story shows, for the report: `shn-contact-status`. */
export const storyElement = (entry: StoryEntry) => String(entry.meta.component);
