// Issue 11: a phone pays only for what the page shows. What only a status with live hours shows (open or
// closed now and until when, the announcements, in both languages) and the timer that flips it travel in the
// CDN's live-hours chunk, which a page loads only for such a status; every entry's always-loaded files hold
// none of it. Files found as the page finds them: integrity.json's `imports` and `onDemand` groups.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { readIntegrity, root } from './support/browser.mjs';

/** Texts and code only the live status uses (live-status.strings.ts, live-status.ts, flip-timer.ts). */
const LIVE_ONLY = [
  'De lijn voor professionals is open tot',
  'De lijn voor professionals is weer open',
  'De lijn is nu gesloten.',
  'The line for professionals opens again',
  'The line is closed until further notice.',
  'Closed now',
  // FlipTimer: the only code that listens for the page becoming visible again.
  'visibilitychange',
];

const read = (file) => readFileSync(`${root}/dist/cdn/${file}`, 'utf8');

describe('the live status travels in the live-hours chunk (CDN build)', () => {
  const integrity = readIntegrity();
  const entries = Object.entries(integrity.entries).filter(([, { onDemand }]) => onDemand['live-hours']);

  it('every entry that can show a status loads its live hours on demand', () => {
    assert.deepEqual(entries.map(([entry]) => entry).sort(), ['shn-contact-status.js', 'shn-referral-card.js', 'shn-widgets-hydrate.js', 'shn-widgets.js']);
  });

  for (const [entry, { imports, onDemand }] of entries) {
    it(`${entry}: what it always loads has none of it; its live-hours group has all of it`, () => {
      const always = [entry, ...imports].map(read).join('\n');
      const live = onDemand['live-hours'].map(read).join('\n');
      assert.deepEqual(LIVE_ONLY.filter((text) => always.includes(text)), [], `in ${entry} or its static imports`);
      assert.deepEqual(LIVE_ONLY.filter((text) => !live.includes(text)), [], `missing from ${onDemand['live-hours'].join(', ')}`);
    });
  }
});
