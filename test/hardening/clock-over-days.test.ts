import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define/shn-contact-status.js';
import type { ShnContactStatus } from '../../src/contact-status/contact-status.component.js';
import { mount, shadowText } from '../support/mount.js';

/*
 * A <shn-contact-status audience="professional"> left open on a page for days, on a fake clock (Date and
 * setTimeout only: the element is mounted with plain DOM calls, as open-wc's fixture waits on timers).
 * The expected flips are written out by hand from the published hours (Mon–Fri 08:00–20:00, Sat
 * 10:00–17:00, Dutch time, closed on Koningsdag), not computed by the engine under test.
 */

const MINUTE = 60_000;
const STEP = 5 * MINUTE;

interface Flip {
  at: string;
  open: boolean;
  /** The next flip after this one: what the event's `changesAt` must say. */
  next: string;
  /** Text the element must show right after the flip. */
  text: string;
}

interface Scenario {
  name: string;
  start: string;
  end: string;
  openAtStart: boolean;
  flips: Flip[];
  /** Text checks at moments between flips: [instant, text it must contain]. */
  between?: [string, string][];
}

const OCTOBER_DST: Scenario = {
  name: 'Friday 23 October 15:00 to Tuesday 27 October 2026 10:00, across the end of summer time (25 October)',
  start: '2026-10-23T15:00:00+02:00',
  end: '2026-10-27T10:00:00+01:00',
  openAtStart: true,
  flips: [
    { at: '2026-10-23T20:00:00+02:00', open: false, next: '2026-10-24T10:00:00+02:00', text: 'weer open morgen om 10:00 uur' },
    { at: '2026-10-24T10:00:00+02:00', open: true, next: '2026-10-24T17:00:00+02:00', text: 'open tot 17:00 uur' },
    // The next opening is Monday 08:00 winter time: 07:00 UTC, not 06:00.
    { at: '2026-10-24T17:00:00+02:00', open: false, next: '2026-10-26T08:00:00+01:00', text: 'weer open maandag om 08:00 uur' },
    { at: '2026-10-26T08:00:00+01:00', open: true, next: '2026-10-26T20:00:00+01:00', text: 'open tot 20:00 uur' },
    { at: '2026-10-26T20:00:00+01:00', open: false, next: '2026-10-27T08:00:00+01:00', text: 'weer open morgen om 08:00 uur' },
    { at: '2026-10-27T08:00:00+01:00', open: true, next: '2026-10-27T20:00:00+01:00', text: 'open tot 20:00 uur' },
  ],
  between: [
    // After midnight "morgen" has become "vandaag": the words must follow the date, not only the flips.
    ['2026-10-24T00:00:00+02:00', 'weer open vandaag om 10:00 uur'],
    ['2026-10-25T00:00:00+02:00', 'weer open morgen om 08:00 uur'],
    // Inside the repeated hour (02:00–03:00 happens twice on 25 October): still closed, still Monday 08:00.
    ['2026-10-25T02:30:00+02:00', 'weer open morgen om 08:00 uur'],
    ['2026-10-25T02:30:00+01:00', 'weer open morgen om 08:00 uur'],
  ],
};

const KINGS_DAY: Scenario = {
  name: 'Friday 24 April 15:00 to Tuesday 28 April 2026 10:00, over Koningsdag (Monday 27 April)',
  start: '2026-04-24T15:00:00+02:00',
  end: '2026-04-28T10:00:00+02:00',
  openAtStart: true,
  flips: [
    { at: '2026-04-24T20:00:00+02:00', open: false, next: '2026-04-25T10:00:00+02:00', text: 'weer open morgen om 10:00 uur' },
    { at: '2026-04-25T10:00:00+02:00', open: true, next: '2026-04-25T17:00:00+02:00', text: 'open tot 17:00 uur' },
    // Monday is Koningsdag: the line stays closed until Tuesday 08:00.
    { at: '2026-04-25T17:00:00+02:00', open: false, next: '2026-04-28T08:00:00+02:00', text: 'weer open dinsdag om 08:00 uur' },
    { at: '2026-04-28T08:00:00+02:00', open: true, next: '2026-04-28T20:00:00+02:00', text: 'open tot 20:00 uur' },
  ],
  between: [
    ['2026-04-25T00:00:00+02:00', 'weer open vandaag om 10:00 uur'],
    ['2026-04-26T12:00:00+02:00', 'weer open dinsdag om 08:00 uur'],
    // Koningsdag began while the line was already closed: the text names it from midnight on.
    ['2026-04-27T00:00:00+02:00', 'Vandaag is het Koningsdag. De lijn voor professionals is weer open morgen om 08:00 uur.'],
    ['2026-04-27T08:00:00+02:00', 'Vandaag is het Koningsdag. De lijn voor professionals is weer open morgen om 08:00 uur.'],
    ['2026-04-27T12:00:00+02:00', 'Vandaag is het Koningsdag.'],
  ],
};

const ASCENSION: Scenario = {
  name: 'Wednesday 13 May 15:00 to Friday 15 May 2026 10:00, over Hemelvaartsdag (Thursday 14 May)',
  start: '2026-05-13T15:00:00+02:00',
  end: '2026-05-15T10:00:00+02:00',
  openAtStart: true,
  flips: [
    { at: '2026-05-13T20:00:00+02:00', open: false, next: '2026-05-15T08:00:00+02:00', text: 'weer open vrijdag om 08:00 uur' },
    { at: '2026-05-15T08:00:00+02:00', open: true, next: '2026-05-15T20:00:00+02:00', text: 'open tot 20:00 uur' },
  ],
  between: [
    ['2026-05-14T00:00:00+02:00', 'Vandaag is het Hemelvaartsdag. De lijn voor professionals is weer open morgen om 08:00 uur.'],
    ['2026-05-15T00:00:00+02:00', 'weer open vandaag om 08:00 uur'],
  ],
};

const ms = (iso: string) => new Date(iso).getTime();

/** Every 5 minutes from start to end, plus 1 ms before and exactly at each flip, plus the extra moments. */
function checkpoints(scenario: Scenario): number[] {
  const points = new Set<number>();
  for (let t = ms(scenario.start); t <= ms(scenario.end); t += STEP) points.add(t);
  for (const flip of scenario.flips) {
    points.add(ms(flip.at) - 1);
    points.add(ms(flip.at));
  }
  for (const [at] of scenario.between ?? []) points.add(ms(at));
  return [...points].sort((a, b) => a - b);
}

function liveRegion(element: ShnContactStatus): HTMLElement {
  return element.shadowRoot!.querySelector('[role="status"]') as HTMLElement;
}

describe('<shn-contact-status audience="professional"> on a page for days', () => {
  let clock: sinon.SinonFakeTimers;
  let element: ShnContactStatus | undefined;

  afterEach(() => {
    element?.remove();
    element = undefined;
    sinon.restore();
    clock?.restore();
  });

  for (const scenario of [OCTOBER_DST, KINGS_DAY, ASCENSION]) {
    it(`flips at exactly every boundary and at no other moment: ${scenario.name}`, async function () {
      this.timeout(60000);
      clock = sinon.useFakeTimers({ now: new Date(scenario.start), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
      element = await mount<ShnContactStatus>('<shn-contact-status audience="professional"></shn-contact-status>');
      const events: CustomEvent[] = [];
      element.addEventListener('shn-status-change', (event) => events.push(event as CustomEvent));
      // Every change of the live region's text is something a screen reader may read out: count them.
      let liveChanges = 0;
      let lastAnnouncement = liveRegion(element).textContent;
      const observer = new MutationObserver(() => {
        const text = liveRegion(element!).textContent;
        if (text !== lastAnnouncement) liveChanges += 1;
        lastAnnouncement = text;
      });
      observer.observe(liveRegion(element), { childList: true, characterData: true, subtree: true });
      const between = new Map((scenario.between ?? []).map(([at, text]) => [ms(at), text]));

      try {
        expect(element.getAttribute('state')).to.equal(scenario.openAtStart ? 'open' : 'closed');
        for (const t of checkpoints(scenario)) {
          clock.tick(t - Date.now());
          await element.updateComplete;
          await Promise.resolve(); // let the MutationObserver report
          const passed = scenario.flips.filter((flip) => ms(flip.at) <= t);
          const at = new Date(t).toISOString();
          const open = passed.length > 0 ? passed[passed.length - 1].open : scenario.openAtStart;
          expect(element.getAttribute('state'), `state at ${at}`).to.equal(open ? 'open' : 'closed');
          expect(events.length, `events by ${at}`).to.equal(passed.length);
          expect(liveChanges, `live region changes by ${at}`).to.equal(passed.length);
          // One timer, armed for the next flip: no polling.
          expect(clock.countTimers(), `timers at ${at}`).to.equal(1);
          const justFlipped = scenario.flips.find((flip) => ms(flip.at) === t);
          if (justFlipped) {
            const event = events[events.length - 1];
            expect(event.detail.open, `event at ${at}`).to.equal(justFlipped.open);
            expect(event.detail.changesAt.toISOString(), `changesAt of the event at ${at}`).to.equal(new Date(justFlipped.next).toISOString());
            expect(liveRegion(element).textContent, `announcement at ${at}`).to.equal(
              justFlipped.open ? 'De lijn voor professionals is nu open.' : 'De lijn voor professionals is nu gesloten.',
            );
            expect(shadowText(element), `text at ${at}`).to.contain(justFlipped.text);
          }
          const expectedText = between.get(t);
          if (expectedText) expect(shadowText(element), `text at ${at}`).to.contain(expectedText);
        }
        expect(events.map((event) => event.detail.open)).to.deep.equal(scenario.flips.map((flip) => flip.open));
      } finally {
        observer.disconnect();
      }
    });
  }

  describe('a page hidden for hours and shown again', () => {
    let visibility: DocumentVisibilityState = 'visible';

    beforeEach(() => {
      visibility = 'visible';
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
    });

    afterEach(() => {
      // Back to the prototype's real getter.
      delete (document as { visibilityState?: DocumentVisibilityState }).visibilityState;
    });

    function setVisibility(next: DocumentVisibilityState): void {
      visibility = next;
      document.dispatchEvent(new Event('visibilitychange'));
    }

    it('corrects itself at once, announcing the flip once, and the late timer adds nothing', async () => {
      clock = sinon.useFakeTimers({ now: new Date('2026-10-23T19:00:00+02:00'), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
      element = await mount<ShnContactStatus>('<shn-contact-status audience="professional"></shn-contact-status>');
      const events: CustomEvent[] = [];
      element.addEventListener('shn-status-change', (event) => events.push(event as CustomEvent));
      expect(element.getAttribute('state')).to.equal('open');

      setVisibility('hidden');
      await element.updateComplete;
      // The laptop sleeps through closing time: the system clock jumps, the timer does not fire (sinon moves
      // pending timers along with the system time, as a suspended machine does).
      clock.setSystemTime(new Date('2026-10-24T08:30:00+02:00'));
      await element.updateComplete;
      expect(element.getAttribute('state'), 'nothing runs while asleep').to.equal('open');
      expect(events).to.have.length(0);

      setVisibility('visible');
      await element.updateComplete;
      expect(element.getAttribute('state')).to.equal('closed');
      expect(shadowText(element)).to.contain('weer open vandaag om 10:00 uur');
      expect(events).to.have.length(1);
      expect(events[0].detail.changesAt.toISOString()).to.equal('2026-10-24T08:00:00.000Z');
      expect(liveRegion(element).textContent).to.equal('De lijn voor professionals is nu gesloten.');
      expect(clock.countTimers(), 'the stale timer is replaced, not added to').to.equal(1);

      // The next flip still comes exactly on time, once.
      clock.tick(ms('2026-10-24T10:00:00+02:00') - 1 - Date.now());
      await element.updateComplete;
      expect(events).to.have.length(1);
      clock.tick(1);
      await element.updateComplete;
      expect(element.getAttribute('state')).to.equal('open');
      expect(events).to.have.length(2);
    });

    it('corrects stale text at once even when the state is the same as before the sleep', async () => {
      clock = sinon.useFakeTimers({ now: new Date('2026-10-23T19:00:00+02:00'), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
      element = await mount<ShnContactStatus>('<shn-contact-status audience="professional"></shn-contact-status>');
      const events: CustomEvent[] = [];
      element.addEventListener('shn-status-change', (event) => events.push(event as CustomEvent));
      expect(shadowText(element)).to.contain('open tot 20:00 uur');
      setVisibility('hidden');
      // Asleep from Friday evening to Saturday noon: closed and open again meanwhile, open now.
      clock.setSystemTime(new Date('2026-10-24T12:00:00+02:00'));
      setVisibility('visible');
      await element.updateComplete;
      expect(element.getAttribute('state')).to.equal('open');
      expect(shadowText(element)).to.contain('open tot 17:00 uur');
      expect(shadowText(element)).not.to.contain('20:00');
      // It was open and is open: nothing to announce.
      expect(events).to.have.length(0);
      expect(liveRegion(element).textContent).to.equal('');
      expect(clock.countTimers()).to.equal(1);
    });

    it('does nothing while the page stays hidden', async () => {
      clock = sinon.useFakeTimers({ now: new Date('2026-10-23T19:00:00+02:00'), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
      element = await mount<ShnContactStatus>('<shn-contact-status audience="professional"></shn-contact-status>');
      const updates = sinon.spy(element, 'refresh');
      setVisibility('hidden');
      setVisibility('hidden');
      await element.updateComplete;
      expect(updates.callCount).to.equal(0);
    });
  });
});
