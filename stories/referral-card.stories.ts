import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define/shn-referral-card.js';
import { DOMAIN_IDS, SITUATION_IDS } from '../src/content/index.js';
import type { TestParameters } from './support/test-parameters.js';
import { clockArgTypes, nowFor, runningClock, type ClockArgs } from './support/clock.js';

interface ReferralCardArgs extends ClockArgs {
  audience?: string;
  domain?: string;
  situation?: string;
  'heading-level'?: string;
  'public-line'?: string;
  lang?: string;
  'slot-default'?: string;
  'slot-heading'?: string;
  'slot-actions'?: string;
}

/**
 * Where the slots' example link points: example.org is reserved for examples (RFC 2606), so no real
 * municipality's address is guessed.
 */
const EXAMPLE_LINK = 'https://www.example.org/';

/** What a municipality might add through the slots, in the language of the page. */
const MUNICIPAL_TEXT = {
  nl: {
    extra: 'Wilt u liever iemand uit de buurt spreken? Het wijkteam van de gemeente helpt ook.',
    action: 'Wijkteam van de gemeente (voorbeeld)',
  },
  en: {
    extra: 'Would you rather talk to someone nearby? The municipal neighbourhood team can help too.',
    action: 'Municipal neighbourhood team (example)',
  },
};

const meta = {
  title: 'Widgets/Referral card',
  component: 'shn-referral-card',
  args: { audience: 'victim', domain: '', situation: '', 'heading-level': '2', 'public-line': 'always', lang: '', clock: 'tuesday-10' },
  argTypes: {
    ...clockArgTypes,
    domain: { control: { type: 'inline-radio', labels: { '': '(none)' } }, options: ['', ...DOMAIN_IDS] },
    situation: { control: { type: 'select', labels: { '': '(none)' } }, options: ['', ...SITUATION_IDS] },
    lang: { control: { type: 'inline-radio', labels: { '': 'from the page (toolbar)' } }, options: ['', 'nl', 'en'] },
  },
  render: (args) => renderReferralCard(args),
} satisfies Meta<ReferralCardArgs>;

function renderReferralCard(args: ReferralCardArgs) {
  return html`<shn-referral-card
    audience=${ifDefined(args.audience || undefined)}
    domain=${ifDefined(args.domain || undefined)}
    situation=${ifDefined(args.situation || undefined)}
    heading-level=${ifDefined(args['heading-level'] || undefined)}
    public-line=${ifDefined(args['public-line'] || undefined)}
    lang=${ifDefined(args.lang || undefined)}
    now=${ifDefined(nowFor(args))}
    ${runningClock(args)}
    >${args['slot-heading'] ? html`<span slot="heading">${args['slot-heading']}</span>` : nothing}${args['slot-default']
      ? html`<p>${args['slot-default']}</p>`
      : nothing}${args['slot-actions'] ? html`<a slot="actions" href=${EXAMPLE_LINK}>${args['slot-actions']}</a>` : nothing}</shn-referral-card
  >`;
}

export default meta;
type Story = StoryObj<ReferralCardArgs>;

export const Victim: Story = { name: 'Audience: victim (default)', args: { audience: 'victim' } };
export const Witness: Story = { name: 'Audience: witness', args: { audience: 'witness' } };
export const Bereaved: Story = { name: 'Audience: bereaved', args: { audience: 'bereaved' } };
export const LeftBehind: Story = { name: 'Audience: families of missing persons', args: { audience: 'left-behind' } };
export const Vulnerable: Story = { name: 'Audience: vulnerable residents', args: { audience: 'vulnerable' } };
export const Helper: Story = { name: 'Audience: helper', args: { audience: 'helper' } };

/**
 * With `public-line="office-hours"` a resident card nests the residents' live status; here on a Friday
 * evening: closed, open in a crisis, and 112 (once: the status shows it).
 */
export const VictimOfficeHoursClosed: Story = {
  name: 'Audience: victim, line keeps office hours (closed at night)',
  args: { audience: 'victim', 'public-line': 'office-hours', clock: 'friday-21' },
};

/** The same card during the line's hours: open, and until when. */
export const VictimOfficeHoursOpen: Story = {
  name: 'Audience: victim, line keeps office hours (open)',
  args: { audience: 'victim', 'public-line': 'office-hours', clock: 'tuesday-10' },
};

/** Professionals get the live status of their line; here during office hours. */
export const Professional: Story = { name: 'Audience: professional (line open)', args: { audience: 'professional' } };

/** The same card on a Friday evening: the line is closed, with the emergency route. */
export const ProfessionalAfterHours: Story = {
  name: 'Audience: professional (after hours)',
  args: { audience: 'professional', clock: 'friday-21' },
  parameters: { test: { everyTheme: true } satisfies TestParameters },
};

/** Municipalities without a domain: the card names the three municipal domains. */
export const Municipality: Story = { name: 'Audience: municipality', args: { audience: 'municipality' } };

export const MunicipalitySocial: Story = {
  name: 'Municipal domain: social',
  args: { audience: 'municipality', domain: 'social' },
};
export const MunicipalitySocialSafety: Story = {
  name: 'Municipal domain: social safety',
  args: { audience: 'municipality', domain: 'social-safety' },
};
export const MunicipalityCrisis: Story = {
  name: 'Municipal domain: crisis',
  args: { audience: 'municipality', domain: 'crisis' },
};

/** Tailored to a situation: the heading asks the situation's question and the text speaks about it. */
export const VictimOfBurglary: Story = {
  name: 'Situation: burglary',
  args: { audience: 'victim', situation: 'burglary' },
};

/** A municipality adds its own text and link through the slots (in the page's language). */
export const WithMunicipalContent: Story = {
  name: 'With the municipality’s own text and link',
  args: { audience: 'victim' },
  parameters: { test: { everyTheme: true } satisfies TestParameters },
  render: (args, context) => {
    const text = MUNICIPAL_TEXT[context.globals['lang'] === 'en' ? 'en' : 'nl'];
    return renderReferralCard({ ...args, 'slot-default': args['slot-default'] || text.extra, 'slot-actions': args['slot-actions'] || text.action });
  },
};
