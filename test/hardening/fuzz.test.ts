import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import sinon from 'sinon';
import '../../src/define/shn-contact-status.js';
import '../../src/define/shn-referral-card.js';
import '../../src/define/shn-situation-list.js';
import {
  AUDIENCE_IDS,
  DOMAIN_IDS,
  SITUATION_IDS,
  isUrlKey,
  resetUrlOverrides,
  resolveUrl,
  setUrlOverrides,
  type UrlKey,
} from '../../src/content/index.js';
import { linkProblems, markupProblems, settle, shadowElements, textOf, widgetsIn } from './support.js';

/*
 * Property-based: random and hostile strings on every attribute of every element, and on the content
 * overrides. Whatever comes in: no exception reaches the host page, no markup is injected, no link has a
 * scheme other than https:, tel: or mailto:, the element never renders blank, and every invalid value
 * gives one warning that names the element, the attribute and the value (and nothing valid warns).
 */

const RUNS = 100;

const HOSTILE = [
  'javascript:alert(1)', 'JAVASCRIPT:alert(document.cookie)', '\tjavascript:alert(1)', 'java\nscript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'data:image/svg+xml,<svg onload=alert(1)>',
  'vbscript:msgbox(1)', 'http://example.com/', '//evil.example/x', '/relative/path', 'mailto:x@example.com',
  'https://evil.example/"><img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>', '<script>alert(1)</script>',
  '"><svg/onload=alert(1)>', "'-alert(1)-'", '</p><h1>kop</h1>', '<style>*{display:none}</style>',
  '<shn-contact-status audience=professional>', '&lt;b&gt;', '{{constructor.constructor("alert(1)")()}}', '${alert(1)}',
  '2026-13-45T25:61:00Z', '2026-02-30T10:00:00+01:00', '2026-04-27', '27-04-2026 10:00', 'Invalid Date', 'tomorrow',
  '', ' ', '\u00a0', 'NaN', '-1', '0', '1', '7', '2.5', '1e3', '02', 'null', 'undefined', 'true',
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '\u0000', '\u202eevil', '💥🔥',
  'PUBLIC', 'Professional', ' public', 'fraud,,,burglary', 'fraud burglary unknown-id', 'unknown-id', 'situation:fraud',
  'FRAUD', 'Victim', 'municipality ', 'list,grid',
];

// Longer than any warning quotes (80 characters) up to 100,000 characters; shrinks to 300 × "a".
const long = fc
  .tuple(fc.constantFrom('a', '<b>x</b>', 'javascript:', '€', 'fraud,'), fc.integer({ min: 300, max: 20000 }))
  .map(([unit, times]) => unit.repeat(times));

const hostile = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: long },
);

const valueOf = (valid: readonly string[]) =>
  valid.length > 0 ? fc.oneof({ weight: 3, arbitrary: hostile }, { weight: 2, arbitrary: fc.constantFrom(...valid) }) : hostile;

type Attributes = Record<string, string | undefined>;

/** Whether a value must warn: true (invalid), false (valid: must not warn) or 'either' (not specified). */
type Verdict = boolean | 'either';

interface AttributeSpec {
  name: string;
  valid: readonly string[];
  /** Is `value` (set together with `all`) invalid? */
  invalid(value: string, all: Attributes): Verdict;
  /** Which element and attribute the warning names, when not this element and this attribute. */
  warnsAs?: (all: Attributes) => { tag: string; attribute: string };
}

interface ElementSpec {
  tag: string;
  attributes: AttributeSpec[];
}

const never = (): Verdict => false;
const exactlyOneOf = (allowed: readonly string[]) => (value: string): Verdict => value !== '' && !allowed.includes(value);
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const invalidNow = (value: string): Verdict => {
  if (value === '') return false;
  if (ISO.test(value)) return Number.isNaN(new Date(value).getTime()) ? 'either' : false;
  // Anything that does not start like an ISO instant is invalid; near-misses are up to the element.
  return /^\s*\d{4}-\d{2}-\d{2}T/.test(value) ? 'either' : true;
};
const headingLevelInvalid = (value: string): Verdict => value !== '' && !/^\s*[2-6]\s*$/.test(value);
const tokens = (value: string) => value.split(/[\s,]+/).filter(Boolean);
const NOWS = ['2026-04-27T10:00:00+02:00', '2026-12-01T10:00:00+01:00', '2026-12-04T21:00:00Z'];
const LANGS = ['nl', 'en', 'en-GB', 'nl-NL', 'fy', 'EN'];

const CONTACT_STATUS: ElementSpec = {
  tag: 'shn-contact-status',
  attributes: [
    { name: 'audience', valid: ['public', 'professional'], invalid: exactlyOneOf(['public', 'professional']) },
    { name: 'now', valid: NOWS, invalid: invalidNow },
    { name: 'public-holidays', valid: ['open', 'closed'], invalid: exactlyOneOf(['open', 'closed']) },
    { name: 'compact', valid: [''], invalid: never },
    // Reflected by the element; writing it has no effect and is not an error.
    { name: 'state', valid: ['open', 'closed'], invalid: never },
    { name: 'lang', valid: LANGS, invalid: never },
  ],
};

const RESIDENTS = ['victim', 'witness', 'bereaved', 'left-behind', 'vulnerable'];
const STATUS_AUDIENCES = ['professional', 'municipality'];
const cardAudience = (all: Attributes) =>
  all['audience'] && (AUDIENCE_IDS as readonly string[]).includes(all['audience']) ? all['audience'] : 'victim';

const REFERRAL_CARD: ElementSpec = {
  tag: 'shn-referral-card',
  attributes: [
    { name: 'audience', valid: AUDIENCE_IDS, invalid: exactlyOneOf(AUDIENCE_IDS) },
    {
      name: 'domain',
      valid: DOMAIN_IDS,
      invalid: (value, all) => value !== '' && (cardAudience(all) !== 'municipality' || !(DOMAIN_IDS as readonly string[]).includes(value)),
    },
    {
      name: 'situation',
      valid: SITUATION_IDS,
      invalid: (value, all) => value !== '' && (!RESIDENTS.includes(cardAudience(all)) || !(SITUATION_IDS as readonly string[]).includes(value)),
    },
    { name: 'heading-level', valid: ['2', '3', '4', '5', '6'], invalid: headingLevelInvalid },
    // The card hands `now` to its nested <shn-contact-status>, which names itself in the warning. A card
    // without that status (residents, helpers) must still say that a bad value is wrong.
    {
      name: 'now',
      valid: NOWS,
      invalid: invalidNow,
      warnsAs: (all) => ({ tag: STATUS_AUDIENCES.includes(cardAudience(all)) ? 'shn-contact-status' : 'shn-referral-card', attribute: 'now' }),
    },
    { name: 'lang', valid: LANGS, invalid: never },
  ],
};

const listAudienceInvalid = (value: string, all: Attributes): Verdict => {
  const audience = value.trim();
  if (audience === '') return false;
  if (!(AUDIENCE_IDS as readonly string[]).includes(audience)) return true;
  // A valid audience sharing no situation with a valid list is reported too (the audience is ignored).
  const listed = tokens(all['situations'] ?? '').filter((id) => (SITUATION_IDS as readonly string[]).includes(id));
  return listed.length > 0 ? 'either' : false;
};

const SITUATION_LIST: ElementSpec = {
  tag: 'shn-situation-list',
  attributes: [
    {
      name: 'situations',
      valid: ['fraud', 'fraud,burglary', 'violence stalking-threats', 'suicide, fraud, fraud'],
      invalid: (value) => tokens(value).some((id) => !(SITUATION_IDS as readonly string[]).includes(id)),
    },
    { name: 'audience', valid: AUDIENCE_IDS, invalid: listAudienceInvalid },
    { name: 'searchable', valid: [''], invalid: never },
    { name: 'query', valid: ['fraude', 'inbraak', 'xq', 'zzzzzz'], invalid: never },
    { name: 'layout', valid: ['list', 'grid'], invalid: exactlyOneOf(['list', 'grid']) },
    { name: 'heading', valid: ['Waarmee helpen wij?'], invalid: never },
    { name: 'heading-level', valid: ['2', '3', '4', '5', '6'], invalid: headingLevelInvalid },
    { name: 'lang', valid: LANGS, invalid: never },
  ],
};

function attributesArbitrary(spec: ElementSpec): fc.Arbitrary<Attributes> {
  return fc.record(
    Object.fromEntries(spec.attributes.map((attribute) => [attribute.name, fc.option(valueOf(attribute.valid), { nil: undefined, freq: 3 })])),
  ) as fc.Arbitrary<Attributes>;
}

/** What the value looks like at the start of a warning: JSON-quoted, first 40 code units, no half pair. */
function quotedStart(value: string): string {
  let start = value.slice(0, 40);
  if (/[\ud800-\udbff]$/.test(start)) start = start.slice(0, -1);
  return JSON.stringify(start).slice(0, -1);
}

interface Captured {
  warnings: string[];
  errors: string[];
}

/** Records warnings, console errors and every exception that would reach the host page. */
function capture(): Captured & { stop(): void } {
  const captured: Captured = { warnings: [], errors: [] };
  const warn = sinon.stub(console, 'warn').callsFake((...args: unknown[]) => captured.warnings.push(args.map(String).join(' ')));
  const error = sinon.stub(console, 'error').callsFake((...args: unknown[]) => captured.errors.push(`console.error: ${args.map(String).join(' ')}`));
  const onError = (event: ErrorEvent) => {
    captured.errors.push(`error: ${event.message}`);
    event.preventDefault();
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    captured.errors.push(`unhandled rejection: ${String(event.reason)}`);
    event.preventDefault();
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    ...captured,
    get warnings() {
      return captured.warnings;
    },
    get errors() {
      return captured.errors;
    },
    stop() {
      warn.restore();
      error.restore();
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Lets a failing update surface (Lit reports it on the next microtask) before the checks. */
const tick = () => new Promise((resolve) => setTimeout(resolve));

async function mountWith(tag: string, attributes: Attributes, errors: string[]): Promise<HTMLElement> {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) element.setAttribute(name, value);
  }
  document.body.append(element);
  try {
    await settle(element);
  } catch (error) {
    errors.push(`update failed: ${(error as Error).message}`);
  }
  await tick();
  return element;
}

/** Everything that must hold for any input. */
function safetyProblems(element: HTMLElement): string[] {
  const problems = [...markupProblems(element), ...linkProblems(element)];
  for (const widget of widgetsIn(element)) {
    if (textOf(widget) === '') problems.push(`<${widget.localName}> rendered blank`);
  }
  if (element.localName === 'shn-contact-status' && !['open', 'closed'].includes(element.getAttribute('state') ?? '')) {
    problems.push(`state="${element.getAttribute('state')}"`);
  }
  return problems;
}

/** Warnings that are missing, doubled, unexpected or badly worded, for these attributes. */
function warningProblems(spec: ElementSpec, attributes: Attributes, warnings: string[]): string[] {
  const problems: string[] = [];
  const pattern = /^<(shn-[a-z-]+)> ([a-z-]+)="/;
  const named = (tag: string, attribute: string) => warnings.filter((warning) => warning.startsWith(`<${tag}> ${attribute}="`));
  const allowed = new Set<string>();
  for (const attribute of spec.attributes) {
    const value = attributes[attribute.name];
    if (value === undefined) continue;
    const verdict = attribute.invalid(value, attributes);
    const { tag, attribute: name } = attribute.warnsAs?.(attributes) ?? { tag: spec.tag, attribute: attribute.name };
    const about = named(tag, name);
    if (verdict !== false) allowed.add(`${tag} ${name}`);
    if (verdict === true) {
      if (about.length !== 1) problems.push(`${attribute.name}=${JSON.stringify(value.slice(0, 60))}: ${about.length} warnings, expected 1`);
      const quoted = [value, value.trim()].map(quotedStart);
      if (about.length === 1 && !quoted.some((start) => about[0].includes(start))) {
        problems.push(`the warning about ${attribute.name} does not quote the value: ${about[0].slice(0, 160)}`);
      }
    }
  }
  for (const warning of warnings) {
    const match = pattern.exec(warning);
    if (!match) problems.push(`a warning in another format: ${warning.slice(0, 160)}`);
    else if (!allowed.has(`${match[1]} ${match[2]}`)) problems.push(`an unexpected warning: ${warning.slice(0, 160)}`);
  }
  return problems;
}

describe('hostile input', () => {
  let clock: sinon.SinonFakeTimers;

  beforeEach(() => {
    // The live clock of <shn-contact-status>, frozen on a Tuesday morning so runs are repeatable.
    clock = sinon.useFakeTimers({ now: new Date('2026-12-01T10:00:00+01:00'), toFake: ['Date'] });
  });

  afterEach(() => {
    clock.restore();
    sinon.restore();
    resetUrlOverrides();
  });

  for (const spec of [CONTACT_STATUS, SITUATION_LIST, REFERRAL_CARD]) {
    it(`<${spec.tag}>: any attribute values, set at once and changed later`, async function () {
      this.timeout(120000);
      const changeArbitrary = fc.record({
        attribute: fc.constantFrom(...spec.attributes.map((attribute) => attribute.name)),
        value: hostile,
      });
      await fc.assert(
        fc.asyncProperty(attributesArbitrary(spec), changeArbitrary, async (attributes, change) => {
          const captured = capture();
          let element: HTMLElement | undefined;
          try {
            element = await mountWith(spec.tag, attributes, captured.errors);
            const problems = [
              ...captured.errors,
              ...safetyProblems(element),
              ...warningProblems(spec, attributes, captured.warnings),
            ];
            // Set at run time, after the first render, as a page script or framework would.
            element.setAttribute(change.attribute, change.value);
            await settle(element).catch((error: Error) => captured.errors.push(`update failed: ${error.message}`));
            await tick();
            problems.push(...captured.errors.map((error) => `after ${change.attribute} changed: ${error}`));
            problems.push(...safetyProblems(element).map((problem) => `after ${change.attribute} changed: ${problem}`));
            assertNone(problems, JSON.stringify(attributes).slice(0, 400));
          } finally {
            element?.remove();
            captured.stop();
          }
        }),
        { numRuns: RUNS, includeErrorInReport: true },
      );
    });
  }

  it('shows markup in text attributes as text', async () => {
    const markup = '<img src=x onerror=alert(1)><script>alert(1)</script>';
    const list = document.createElement('shn-situation-list');
    list.setAttribute('heading', markup);
    list.setAttribute('searchable', '');
    list.setAttribute('query', `${markup} zzz`);
    document.body.append(list);
    try {
      await settle(list);
      expect(markupProblems(list)).to.deep.equal([]);
      expect(list.shadowRoot!.querySelector('[part~="heading"]')!.textContent!.trim()).to.equal(markup);
      expect(textOf(list)).to.contain(markup);
    } finally {
      list.remove();
    }
  });

  it('any values set as JavaScript properties (React and friends set properties): nothing escapes', async function () {
    this.timeout(60000);
    const anyValue = fc.oneof(
      hostile,
      fc.constantFrom<unknown>(null, undefined, 0, 42, Number.NaN, true, false, [], ['fraud', 'burglary'], {}, [{}], new Date(Number.NaN)),
      fc.constantFrom<unknown>(Object.create(null), { toString: () => 'fraud' }),
    );
    const properties: Record<string, string[]> = {
      'shn-contact-status': ['audience', 'now', 'publicHolidays', 'compact', 'hours'],
      'shn-situation-list': ['situations', 'audience', 'searchable', 'query', 'layout', 'heading', 'headingLevel'],
      'shn-referral-card': ['audience', 'domain', 'situation', 'headingLevel', 'now'],
    };
    const arbitrary = fc.constantFrom(...Object.keys(properties)).chain((tag) =>
      fc.record({ tag: fc.constant(tag), values: fc.dictionary(fc.constantFrom(...properties[tag]), anyValue, { maxKeys: 4 }) }),
    );
    await fc.assert(
      fc.asyncProperty(arbitrary, async ({ tag, values }) => {
        const captured = capture();
        const element = document.createElement(tag) as HTMLElement & Record<string, unknown>;
        try {
          document.body.append(element);
          await settle(element);
          for (const [name, value] of Object.entries(values)) element[name] = value;
          await settle(element).catch((error: Error) => captured.errors.push(`update failed: ${error.message}`));
          await tick();
          const described = Object.entries(values).map(([name, value]) => `${name}=${show(value)}`).join(', ');
          assertNone([...captured.errors, ...safetyProblems(element)], `<${tag}> ${described}`);
        } finally {
          element.remove();
          captured.stop();
        }
      }),
      { numRuns: RUNS, includeErrorInReport: true },
    );
  });

  describe('setUrlOverrides', () => {
    const KEYS: UrlKey[] = ['home', 'municipalities', 'helpers', 'professionals', ...SITUATION_IDS.map((id) => `situation:${id}` as UrlKey)];
    const key = fc.oneof({ weight: 3, arbitrary: fc.constantFrom<string>(...KEYS) }, { weight: 1, arbitrary: hostile });
    const url = fc.oneof(
      { weight: 3, arbitrary: hostile },
      { weight: 2, arbitrary: fc.webUrl({ validSchemes: ['https'], withQueryParameters: true, withFragments: true }) },
      { weight: 1, arbitrary: fc.webUrl({ validSchemes: ['http', 'ftp'] }) },
      { weight: 1, arbitrary: fc.constantFrom<unknown>(undefined, null, 42, {}, ['https://example.nl/'], Object.create(null)) },
    );

    it('accepts only absolute https: URLs, warns once about every other entry, and no link ever leaves https:, tel: or mailto:', async function () {
      this.timeout(120000);
      await fc.assert(
        fc.asyncProperty(fc.array(fc.tuple(key, url), { maxLength: 6 }), async (entries) => {
          const captured = capture();
          const overrides = Object.fromEntries(entries);
          const host = document.createElement('div');
          try {
            try {
              setUrlOverrides(overrides as Partial<Record<UrlKey, string>>);
            } catch (error) {
              captured.errors.push(`setUrlOverrides threw: ${(error as Error).message}`);
            }
            const problems: string[] = [...captured.errors];
            for (const [name, value] of Object.entries(overrides)) {
              if (value === undefined) continue;
              const about = captured.warnings.filter((warning) => warning.startsWith(`setUrlOverrides ${name}=`));
              const accepted = isUrlKey(name) && typeof value === 'string' && isAbsoluteHttps(value);
              if (accepted) {
                if (about.length > 0) problems.push(`${name}: a valid URL warned: ${about[0]}`);
                if (resolveUrl(name) !== new URL(value).href) problems.push(`${name}: resolves to ${resolveUrl(name)}, not ${value}`);
              } else if (about.length !== 1) {
                problems.push(`${name}=${show(value)}: ${about.length} warnings, expected 1`);
              }
            }
            host.innerHTML = `<shn-situation-list></shn-situation-list>
              <shn-referral-card situation="fraud"></shn-referral-card>
              <shn-referral-card audience="helper"></shn-referral-card>
              <shn-referral-card audience="municipality"></shn-referral-card>
              <shn-contact-status></shn-contact-status>`;
            document.body.append(host);
            await settle(host);
            await tick();
            for (const widget of host.children) problems.push(...markupProblems(widget), ...linkProblems(widget));
            // A situation the site linked to its own page links there.
            const list = host.querySelector('shn-situation-list')!;
            for (const id of SITUATION_IDS) {
              const link = shadowElements(list).find((element) => element.localName === 'a' && element.getAttribute('aria-describedby') === `description-${id}`);
              const expected = resolveUrl(`situation:${id}`);
              if (link && link.getAttribute('href') !== expected) problems.push(`situation ${id} links to ${link.getAttribute('href')}, not ${expected}`);
            }
            problems.push(...captured.errors.filter((error) => !problems.includes(error)));
            assertNone(problems, show(overrides));
          } finally {
            host.remove();
            captured.stop();
            resetUrlOverrides();
          }
        }),
        { numRuns: RUNS, includeErrorInReport: true },
      );
    });

    it('an argument that is not an object warns once and changes nothing', () => {
      for (const value of [null, undefined, 'https://example.nl/', 42, true]) {
        const warn = sinon.stub(console, 'warn');
        expect(() => setUrlOverrides(value as never)).not.to.throw();
        expect(warn.callCount, show(value)).to.equal(1);
        expect(warn.firstCall.args[0]).to.match(/^setUrlOverrides /);
        expect(resolveUrl('home')).to.equal('https://www.slachtofferhulp.nl/');
        warn.restore();
      }
    });
  });
});

/** Fails with every problem spelled out (chai folds long arrays into "Array(3)"). */
function assertNone(problems: string[], context: string): void {
  if (problems.length === 0) return;
  const error = new Error(`${context}:\n  ${problems.join('\n  ')}`);
  // Firefox's stack leaves out the message, and fast-check reports the stack.
  if (!error.stack?.includes(error.message)) error.stack = `${error.message}\n${error.stack ?? ''}`;
  throw error;
}

function isAbsoluteHttps(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

/** A short description of any value, for failure messages (never throws). */
function show(value: unknown): string {
  try {
    if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
    if (value && typeof value === 'object' && Object.getPrototypeOf(value) === null) return '[object with no prototype]';
    return (JSON.stringify(value) ?? String(value)).slice(0, 200);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
