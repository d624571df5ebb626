/**
 * Story parameters that the story tests (test/stories/stories.test.ts) read, under `parameters.test`.
 * Every story is screenshot in both languages in the default theme; these add to that.
 */
export interface TestParameters {
  /** Also compare screenshots in every theme of the toolbar (in Dutch): for the stories that show the most of a theme. */
  everyTheme?: boolean;
}
