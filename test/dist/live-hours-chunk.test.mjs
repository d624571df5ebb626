// Issue 11: a phone pays only for what the page shows. What only a status with live hours shows (open or
// closed now and until when, the announcements, in both languages) and the timer that flips it travel in the
// CDN's live-hours chunk, which a page loads only for such a status; what every status that shows hours
// says (the hours in words, the route outside them, the crisis sentence) in the hours-text chunk, which the
// live-hours chunk imports; a status's English in the shared texts-en chunk. Every entry's always-loaded
// files hold none of it. Files found as the page finds them: integrity.json's `imports` and `onDemand` groups.
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

/** Texts only a status that shows hours says, live or not (hours-text.ts, its strings, week-text.ts, the content it cites). */
const HOURS_TEXT_ONLY = [
  'De lijn voor professionals is open op',
  'Choose Professional in the phone menu',
  ' tot en met ',
  'Kies in het keuzemenu voor Professional',
  'Victim, witness or bereaved?',
  'Bij een crisis is de lijn ook buiten deze uren open.',
  'In a crisis, the line is also open outside these hours.',
  'Alleen voor politie, GGD GHOR en gemeenten.',
  'through the police control room',
];

/** The status's own English (contact-status.strings-en.ts), in the one texts-en chunk. */
const STATUS_ENGLISH = ['Available day and night', 'You can contact Slachtofferhulp day and night.'];

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

describe('the hours in words travel in the hours-text chunk, a status\'s English in texts-en (CDN build)', () => {
  const integrity = readIntegrity();
  const entries = Object.entries(integrity.entries).filter(([, { onDemand }]) => onDemand['hours-text']);

  it('every entry that can show a status loads the hours in words on demand', () => {
    assert.deepEqual(entries.map(([entry]) => entry).sort(), ['shn-contact-status.js', 'shn-referral-card.js', 'shn-widgets-hydrate.js', 'shn-widgets.js']);
  });

  for (const [entry, { imports, onDemand }] of entries) {
    it(`${entry}: what it always loads has none of it; its hours-text group has all of it, and its live-hours group imports that chunk`, () => {
      const always = [entry, ...imports].map(read).join('\n');
      assert.equal(onDemand['hours-text'].length, 1, onDemand['hours-text'].join(', '));
      const [chunk] = onDemand['hours-text'];
      assert.match(chunk, /^chunks\/hours-text-/);
      const words = read(chunk);
      assert.deepEqual(HOURS_TEXT_ONLY.filter((text) => always.includes(text)), [], `in ${entry} or its static imports`);
      assert.deepEqual(HOURS_TEXT_ONLY.filter((text) => !words.includes(text)), [], `missing from ${chunk}`);
      // The live hours build on it: the group lists both chunks, the hours in words first (load order).
      assert.deepEqual(onDemand['live-hours'].slice(0, 1), [chunk]);
      assert.match(onDemand['live-hours'].at(-1), /^chunks\/live-hours-/);
      assert.deepEqual(STATUS_ENGLISH.filter((text) => always.includes(text)), [], `English in ${entry} or its static imports`);
      const english = onDemand['texts-en'].map(read).join('\n');
      assert.deepEqual(STATUS_ENGLISH.filter((text) => !english.includes(text)), [], `missing from ${onDemand['texts-en'].join(', ')}`);
    });
  }
});
