import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define/shn-contact-status.js';
import { visitorClockDiffers, visitorTimeZone } from '../src/hours/dutch-time.js';
import type { TestParameters } from './support/test-parameters.js';
import { CLOCK_PRESETS, clockArgTypes, nowFor, runningClock, type ClockArgs } from './support/clock.js';

interface ContactStatusArgs extends ClockArgs {
  audience?: string;
  'public-holidays'?: string;
  'public-line'?: string;
  compact?: boolean;
  lang?: string;
  /** Reflected by the element (read-only). */
  state?: string;
  onShnStatusChange?: (event: Event) => void;
}

const meta = {
  title: 'Widgets/Contact status',
  component: 'shn-contact-status',
  args: { audience: 'professional', 'public-holidays': 'closed', 'public-line': 'always', compact: false, lang: '', clock: 'tuesday-10' },
  argTypes: {
    ...clockArgTypes,
    lang: { control: { type: 'inline-radio', labels: { '': 'from the page (toolbar)' } }, options: ['', 'nl', 'en'] },
    // Reflected by the element; setting it has no effect.
    state: { control: false },
  },
  render: (args) => renderContactStatus(args),
} satisfies Meta<ContactStatusArgs>;

function renderContactStatus(args: ContactStatusArgs) {
  return html`<shn-contact-status
    audience=${ifDefined(args.audience || undefined)}
    public-holidays=${ifDefined(args['public-holidays'] || undefined)}
    public-line=${ifDefined(args['public-line'] || undefined)}
    ?compact=${args.compact === true}
    lang=${ifDefined(args.lang || undefined)}
    now=${ifDefined(nowFor(args))}
    ${runningClock(args)}
    @shn-status-change=${args.onShnStatusChange}
  ></shn-contact-status>`;
}

export default meta;
type Story = StoryObj<ContactStatusArgs>;

/**
 * Victims, witnesses and bereaved can call day and night (the factsheet's reading, `public-line="always"`,
 * the default): the public status never closes. Like every state residents read, it ends with 112.
 */
export const PublicDayAndNight: Story = {
  name: 'Public: day and night',
  args: { audience: 'public' },
};

/** `public-line="office-hours"`: the other reading of the sources. During the line's hours: open, and until when. */
export const PublicOfficeHoursOpen: Story = {
  name: 'Public, office hours: open',
  args: { audience: 'public', 'public-line': 'office-hours', clock: 'tuesday-10' },
};

/** `public-line="office-hours"` on a Friday evening: closed, when it opens, open in a crisis, the website and 112. */
export const PublicOfficeHoursClosedAtNight: Story = {
  name: 'Public, office hours: closed at night',
  args: { audience: 'public', 'public-line': 'office-hours', clock: 'friday-21' },
};

/** `public-line="office-hours"` on Koningsdag: closed for the holiday, and it names it. */
export const PublicOfficeHoursHoliday: Story = {
  name: 'Public, office hours: closed for a holiday (Koningsdag)',
  args: { audience: 'public', 'public-line': 'office-hours', clock: 'koningsdag-2026' },
};

/** The line for professionals during office hours: open, until when, and which menu option to choose. */
export const ProfessionalOpen: Story = {
  name: 'Professional: open',
  args: { clock: 'tuesday-10' },
};

/** A weekday evening after 20:00: closed, opens tomorrow at 08:00, and the emergency route meanwhile. */
export const ProfessionalAfterHours: Story = {
  name: 'Professional: after hours',
  args: { clock: 'friday-21' },
};

/** Sunday: closed all day; opens again on Monday. */
export const ProfessionalClosed: Story = {
  name: 'Professional: closed (Sunday night)',
  args: { clock: 'sunday-night' },
};

/** Koningsdag 2026 (27 April): a public holiday, so closed, and the status names the holiday. */
export const ProfessionalHoliday: Story = {
  name: 'Professional: closed for a holiday (Koningsdag)',
  args: { clock: 'koningsdag-2026' },
  parameters: { test: { everyTheme: true } satisfies TestParameters },
};

/** With `public-holidays="open"` the line keeps its weekly hours on Koningsdag. */
export const ProfessionalHolidayOpen: Story = {
  name: 'Professional: open on holidays',
  args: { clock: 'koningsdag-2026', 'public-holidays': 'open' },
};

/** The small variant used inside cards, closed: status, number and the emergency route only. */
export const Compact: Story = {
  name: 'Compact, closed',
  args: { clock: 'saturday-1830', compact: true },
};

/** `lang="en"` on the element itself wins over the page's language. */
export const EnglishByAttribute: Story = {
  name: 'English through its lang attribute',
  args: { clock: 'monday-0700', lang: 'en' },
};

const zoneNote = (): string => {
  const zone = visitorTimeZone();
  const at = new Date(CLOCK_PRESETS['friday-21'].now);
  return visitorClockDiffers([at])
    ? `Your browser is in ${zone}, whose clock differs from Dutch time: the times below say "(Nederlandse tijd)".`
    : `Your browser is in ${zone}, whose clock equals Dutch time here: no note is needed, so none shows.`;
};

/**
 * A visitor abroad sees "(Nederlandse tijd)" / "(Dutch time)" after every time. The element decides this
 * from the zone of the visitor's own browser, and Storybook cannot change that zone, so this story shows
 * what your browser gets and says why. To see the note: in Chrome DevTools open More tools → Sensors,
 * set Location → Timezone ID to `America/New_York` (or `Europe/London`) and reload the story.
 */
export const VisitorInAnotherTimeZone: Story = {
  name: 'Visitor in another time zone',
  args: { clock: 'friday-21' },
  render: (args) => html`<p class="shn-story-note" lang="en">${zoneNote()}</p>
    ${renderContactStatus(args)}`,
};
