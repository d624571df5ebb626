import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import sinon from 'sinon';
import '../../src/define/shn-contact-status.js';
import '../../src/define/shn-referral-card.js';
import '../../src/define/shn-situation-list.js';

/*
 * Single-page sites attach and detach widgets all the time (route changes, tabs, accordions). 10,000
 * connect/disconnect cycles per element must leave nothing behind outside the element: no timer, no
 * listener on the document, window or an ancestor, no observer still watching.
 */

const CYCLES = 10_000;

type Ledger = Map<EventTarget, Map<string, Set<unknown>>>;

/** Listeners on targets outside the widgets (document, window, ancestors), added minus removed. */
function listenerLedger(isOwn: (target: EventTarget) => boolean) {
  const ledger: Ledger = new Map();
  const key = (type: string, options?: boolean | EventListenerOptions) =>
    `${type}|${typeof options === 'boolean' ? options : Boolean(options?.capture)}`;
  const add = sinon.stub(EventTarget.prototype, 'addEventListener').callsFake(function (this: EventTarget, type, listener, options) {
    // Classified when checked, not now: Lit adds listeners while its template is still a detached fragment.
    if (listener) {
      const byType = ledger.get(this) ?? new Map<string, Set<unknown>>();
      ledger.set(this, byType);
      const listeners = byType.get(key(type, options)) ?? new Set();
      byType.set(key(type, options), listeners);
      listeners.add(listener);
    }
    return add.wrappedMethod.call(this, type, listener, options);
  });
  const remove = sinon.stub(EventTarget.prototype, 'removeEventListener').callsFake(function (this: EventTarget, type, listener, options) {
    ledger.get(this)?.get(key(type, options))?.delete(listener);
    return remove.wrappedMethod.call(this, type, listener, options);
  });
  return {
    /** `target: type` for every listener still attached. */
    left(): string[] {
      const names: string[] = [];
      for (const [target, byType] of ledger) {
        if (isOwn(target)) continue;
        for (const [type, listeners] of byType) {
          const name = target === window ? 'window' : target === document ? 'document' : (target as Element).localName ?? String(target);
          for (let i = 0; i < listeners.size; i += 1) names.push(`${name}: ${type.split('|')[0]}`);
        }
      }
      return names;
    },
  };
}

/** Replaces a global observer class by one that knows which instances still observe something. */
function observerLedger<K extends 'MutationObserver' | 'ResizeObserver' | 'IntersectionObserver'>(name: K) {
  const Original = window[name] as unknown as { new (...args: unknown[]): { observe(...a: unknown[]): void; disconnect(): void } };
  const active = new Set<object>();
  class Counted extends Original {
    override observe(...args: unknown[]): void {
      active.add(this);
      super.observe(...args);
    }
    override disconnect(): void {
      active.delete(this);
      super.disconnect();
    }
  }
  (window as unknown as Record<string, unknown>)[name] = Counted;
  return {
    get active() {
      return active.size;
    },
    restore() {
      (window as unknown as Record<string, unknown>)[name] = Original;
    },
  };
}

function isInside(widget: Element, target: EventTarget): boolean {
  if (!(target instanceof Node)) return false;
  let node: Node | null = target;
  while (node) {
    if (node === widget) return true;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return false;
}

// Elements with everything that holds resources while connected: a flip timer, listeners, observers.
const CASES: string[] = [
  '<shn-contact-status audience="professional"></shn-contact-status>',
  '<shn-situation-list searchable heading="Waarmee helpen wij?"></shn-situation-list>',
  // With a nested live <shn-contact-status>.
  '<shn-referral-card audience="municipality" domain="crisis"><p>Extra</p></shn-referral-card>',
];

async function rendered(element: LitElement): Promise<void> {
  await element.updateComplete;
  for (const nested of element.shadowRoot?.querySelectorAll<LitElement>('shn-contact-status') ?? []) await nested.updateComplete;
}

describe(`${CYCLES.toLocaleString('en')} connect/disconnect cycles`, () => {
  let restore: (() => void)[] = [];

  afterEach(() => {
    for (const undo of restore.reverse()) undo();
    restore = [];
    sinon.restore();
  });

  for (const markup of CASES) {
    it(`leave no timer, listener or observer behind: ${markup}`, async function () {
      this.timeout(120000);
      const clock = sinon.useFakeTimers({
        now: new Date('2026-10-23T15:00:00+02:00'),
        toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'requestAnimationFrame', 'cancelAnimationFrame'],
      });
      const mutationObservers = observerLedger('MutationObserver');
      const resizeObservers = observerLedger('ResizeObserver');
      const intersectionObservers = observerLedger('IntersectionObserver');
      restore.push(mutationObservers.restore, resizeObservers.restore, intersectionObservers.restore);

      const template = document.createElement('template');
      template.innerHTML = markup;
      const element = template.content.firstElementChild as LitElement;
      const listeners = listenerLedger((target) => isInside(element, target));
      const home = document.createElement('div');
      home.lang = 'en';
      const elsewhere = document.createElement('section');
      document.body.append(home, elsewhere);
      restore.push(() => home.remove(), () => elsewhere.remove());

      const leftovers = () => ({
        timers: clock.countTimers(),
        listeners: listeners.left(),
        mutationObservers: mutationObservers.active,
        resizeObservers: resizeObservers.active,
        intersectionObservers: intersectionObservers.active,
      });

      // What one connected instance holds, whatever that is: later connections must hold the same, not more.
      home.append(element);
      await rendered(element);
      const connectedOnce = leftovers();
      element.remove();
      await rendered(element);

      for (let cycle = 0; cycle < CYCLES; cycle += 1) {
        switch (cycle % 4) {
          case 0: // attach, render, detach
            home.append(element);
            await rendered(element);
            element.remove();
            break;
          case 1: // attach and detach before the first render
            home.append(element);
            element.remove();
            break;
          case 2: // moved to another parent: disconnect and connect in one step
            home.append(element);
            await rendered(element);
            elsewhere.append(element);
            element.remove();
            break;
          default: // detached while an update is pending, then attached again and rendered
            home.append(element);
            element.setAttribute('lang', cycle % 8 === 3 ? 'nl' : 'en');
            element.remove();
            home.append(element);
            await rendered(element);
            element.remove();
        }
        await Promise.resolve();
        if (cycle % 1000 === 999) {
          expect(leftovers(), `after ${cycle + 1} cycles`).to.deep.equal({
            timers: 0,
            listeners: [],
            mutationObservers: 0,
            resizeObservers: 0,
            intersectionObservers: 0,
          });
        }
      }

      // Connected once more it holds exactly one set, not one per cycle, and still works.
      home.append(element);
      await rendered(element);
      expect(leftovers(), 'connected again').to.deep.equal(connectedOnce);
      expect(element.shadowRoot!.textContent!.trim()).not.to.equal('');
      element.remove();
      await rendered(element);
      expect(leftovers(), 'finally removed').to.deep.equal({
        timers: 0,
        listeners: [],
        mutationObservers: 0,
        resizeObservers: 0,
        intersectionObservers: 0,
      });
    });
  }
});
