import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import sinon from 'sinon';
import '../../src/define/shn-contact-status.js';
import type { ShnContactStatus } from '../../src/contact-status/contact-status.component.js';
import { CLOCK_PRESETS, nowFor, runningClock, type ClockId } from '../../stories/support/clock.js';
import { STORY_MODULES } from './all-stories.js';
import { storiesOf } from './compose.js';

describe('the "clock" story control', () => {
  let container: HTMLElement;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    sinon.restore();
    container.remove();
  });

  it('turns a preset into its instant, "typed" into the now field, and "live" into no now at all', () => {
    expect(nowFor({ clock: 'koningsdag-2026' })).to.equal('2026-04-27T11:00:00+02:00');
    expect(nowFor({ clock: 'sunday-night', now: '2030-01-01T00:00:00Z' })).to.equal('2026-12-06T23:30:00+01:00');
    expect(nowFor({ clock: 'typed', now: '2030-01-01T00:00:00Z' })).to.equal('2030-01-01T00:00:00Z');
    expect(nowFor({ now: '2030-01-01T00:00:00Z' })).to.equal('2030-01-01T00:00:00Z');
    expect(nowFor({ clock: 'typed', now: '' })).to.equal(undefined);
    expect(nowFor({ clock: 'live', now: '2030-01-01T00:00:00Z' })).to.equal(undefined);
  });

  it('every story starts on a frozen preset, so what a designer and a screenshot see never depends on the day', () => {
    const frozen = Object.entries(CLOCK_PRESETS)
      .filter(([, preset]) => 'now' in preset && !('runs' in preset))
      .map(([id]) => id);
    for (const [file, module] of STORY_MODULES) {
      for (const entry of storiesOf(file, module)) {
        const clock = ({ ...entry.meta.args, ...entry.story.args } as { clock?: ClockId }).clock;
        if (clock !== undefined) expect(frozen, `${entry.id} clock`).to.include(clock);
      }
    }
  });

  it('"Friday 19:59:55" runs: after five seconds the professional line closes, with its event', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const args = { clock: 'friday-flip' as const };
    render(
      html`<shn-contact-status audience="professional" now=${nowFor(args) ?? ''} ${runningClock(args)}></shn-contact-status>`,
      container,
    );
    const element = container.querySelector('shn-contact-status') as ShnContactStatus;
    await element.updateComplete;
    const changes: boolean[] = [];
    element.addEventListener('shn-status-change', (event) => changes.push(event.detail.open));
    expect(element.getAttribute('state')).to.equal('open');

    clock.tick(4000);
    await element.updateComplete;
    expect(element.getAttribute('state')).to.equal('open');

    clock.tick(1000);
    await element.updateComplete;
    expect(new Date(element.getAttribute('now')!).toISOString()).to.equal('2026-12-04T19:00:00.000Z');
    expect(element.getAttribute('state')).to.equal('closed');
    expect(changes).to.deep.equal([false]);
  });

  it('stops running when the element leaves the page', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const args = { clock: 'friday-flip' as const };
    render(html`<shn-contact-status audience="professional" now=${nowFor(args) ?? ''} ${runningClock(args)}></shn-contact-status>`, container);
    const element = container.querySelector('shn-contact-status') as ShnContactStatus;
    await element.updateComplete;
    element.remove();
    clock.tick(10000);
    expect(element.getAttribute('now')).to.equal('2026-12-04T19:59:55+01:00');
    expect(clock.countTimers()).to.equal(0);
  });
});
