import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define/shn-situation-list.js';
import { AUDIENCE_IDS } from '../src/content/index.js';
import type { FrameParameters } from './support/frame.js';
import type { TestParameters } from './support/test-parameters.js';

interface SituationListArgs {
  situations?: string;
  audience?: string;
  searchable?: boolean;
  query?: string;
  layout?: string;
  heading?: string;
  'heading-level'?: string;
  lang?: string;
  'slot-heading'?: string;
  onShnSituationSelect?: (event: Event) => void;
}

/** A heading in the language of the page, for the story that shows one. */
const HEADING_TEXT = { nl: 'Waarmee kan Slachtofferhulp u helpen?', en: 'What can Victim Support help you with?' };

const meta = {
  title: 'Widgets/Situation list',
  component: 'shn-situation-list',
  args: { situations: '', audience: '', searchable: false, query: '', layout: 'list', heading: '', 'heading-level': '2', lang: '' },
  argTypes: {
    audience: { control: { type: 'select', labels: { '': '(all audiences)' } }, options: ['', ...AUDIENCE_IDS] },
    lang: { control: { type: 'inline-radio', labels: { '': 'from the page (toolbar)' } }, options: ['', 'nl', 'en'] },
  },
  render: (args) => renderSituationList(args),
} satisfies Meta<SituationListArgs>;

function renderSituationList(args: SituationListArgs) {
  return html`<shn-situation-list
    situations=${ifDefined(args.situations || undefined)}
    audience=${ifDefined(args.audience || undefined)}
    ?searchable=${args.searchable === true}
    query=${ifDefined(args.query || undefined)}
    layout=${ifDefined(args.layout || undefined)}
    heading=${ifDefined(args.heading || undefined)}
    heading-level=${ifDefined(args['heading-level'] || undefined)}
    lang=${ifDefined(args.lang || undefined)}
    @shn-situation-select=${args.onShnSituationSelect}
    >${args['slot-heading'] ? html`<span slot="heading">${args['slot-heading']}</span>` : nothing}</shn-situation-list
  >`;
}

export default meta;
type Story = StoryObj<SituationListArgs>;

/** All fourteen situations of the factsheet, in its order. */
export const AllSituations: Story = { name: 'Default: all situations' };

/** Only the situations a page is about, in the order given: `situations="burglary fraud robbery"`. */
export const Subset: Story = {
  name: 'A chosen few',
  args: { situations: 'burglary fraud robbery' },
};

/** A heading in the page's language, through the `heading` slot (switch the language in the toolbar). */
export const WithHeading: Story = {
  name: 'With a heading',
  args: { 'heading-level': '2' },
  render: (args, context) =>
    renderSituationList({ ...args, 'slot-heading': args['slot-heading'] || HEADING_TEXT[context.globals['lang'] === 'en' ? 'en' : 'nl'] }),
};

export const ForVictims: Story = { name: 'Audience: victims', args: { audience: 'victim' } };
export const ForWitnesses: Story = { name: 'Audience: witnesses', args: { audience: 'witness' } };
export const ForBereaved: Story = { name: 'Audience: bereaved', args: { audience: 'bereaved' } };
export const ForLeftBehind: Story = { name: 'Audience: families of missing persons', args: { audience: 'left-behind' } };
export const ForVulnerable: Story = { name: 'Audience: vulnerable residents', args: { audience: 'vulnerable' } };
export const ForProfessionals: Story = { name: 'Audience: professionals', args: { audience: 'professional' } };
export const ForHelpers: Story = { name: 'Audience: helpers', args: { audience: 'helper' } };
export const ForMunicipalities: Story = { name: 'Audience: municipalities', args: { audience: 'municipality' } };

/** The search box, with words already typed: the list narrows to what matches, in either language. */
export const SearchWithQuery: Story = {
  name: 'Searchable, with a query',
  args: { searchable: true, query: 'oplichting' },
  parameters: { test: { everyTheme: true } satisfies TestParameters },
};

/** Nothing matches: the list says so and gives the phone number instead of an empty space. */
export const SearchWithoutResult: Story = {
  name: 'Searchable, no result',
  args: { searchable: true, query: 'parkeerboete' },
};

/** Cards in columns, for a wide page. */
export const Grid: Story = {
  name: 'Grid',
  args: { layout: 'grid' },
};

/** The grid and the search box on a 320 px screen: one column, no sideways scrolling. */
export const Narrow: Story = {
  name: '320 px wide',
  args: { layout: 'grid', searchable: true, situations: 'violence fraud burglary suicide' },
  parameters: { frame: { width: 'narrow' } satisfies FrameParameters },
};
