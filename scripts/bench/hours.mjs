// Benchmark (not a test): our getStatus against the npm package opening_hours on every 10 minutes of 2026
// (Dutch time), for the professional line's hours. Prints both rates, the ratio, and where the answers differ.
//
// opening_hours evaluates in the process's own zone, so the script re-runs itself with TZ=Europe/Amsterdam.
// Our engine is bundled with esbuild into a temporary folder (luxon included) and imported from there.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { root } from '../lib/cli.mjs';

const ZONE = 'Europe/Amsterdam';
const ROUNDS = 7;
const STEP_MS = 10 * 60_000;

if (process.env.TZ !== ZONE) {
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, TZ: ZONE },
  });
  process.exit(child.status ?? 1);
}


async function loadEngine() {
  const { build } = await import('esbuild');
  const dir = mkdtempSync(join(tmpdir(), 'bench-hours-'));
  const outfile = join(dir, 'hours.mjs');
  try {
    await build({
      entryPoints: [join(root, 'src/hours/index.ts')],
      outfile,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      logLevel: 'warning',
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const { getStatus, dutchHolidays } = await loadEngine();
const { default: OpeningHoursPeer } = await import('opening_hours');

const weekday = [{ from: '08:00', to: '20:00' }];
const HOURS = {
  zone: ZONE,
  weekly: { 1: weekday, 2: weekday, 3: weekday, 4: weekday, 5: weekday, 6: [{ from: '10:00', to: '17:00' }] },
  publicHolidays: 'closed',
};
const RULE = 'Mo-Fr 08:00-20:00; Sa 10:00-17:00; PH off';
const NOMINATIM = { lat: 52.09, lon: 5.12, address: { country_code: 'nl', state: 'Utrecht' } };
const peer = new OpeningHoursPeer(RULE, NOMINATIM);

// 2026 in Dutch time: 2026-01-01T00:00+01:00 up to (not including) 2027-01-01T00:00+01:00.
const start = Date.UTC(2025, 11, 31, 23);
const end = Date.UTC(2026, 11, 31, 23);
const instants = [];
for (let t = start; t < end; t += STEP_MS) instants.push(new Date(t));

const localDate = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const localTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const show = (date) => (date ? `${localDate.format(date)} ${localTime.format(date)} (${date.toISOString()})` : 'none');

function rate(run, rounds = ROUNDS) {
  const rates = [];
  for (let round = 0; round < rounds; round++) {
    const began = performance.now();
    run();
    const seconds = (performance.now() - began) / 1000;
    rates.push(instants.length / seconds);
  }
  rates.sort((a, b) => a - b);
  return { best: rates.at(-1), median: rates[Math.floor(rates.length / 2)] };
}

let sink = 0; // keeps the calls from being optimised away
const ours = rate(() => {
  for (const at of instants) sink += getStatus(HOURS, at).open ? 1 : 0;
});
// How callers that spread a fresh object per call ({ ...hours, publicHolidays }) fare: validated again each time.
const oursFresh = rate(() => {
  for (const at of instants) sink += getStatus({ ...HOURS }, at).open ? 1 : 0;
});
const theirs = rate(() => {
  for (const at of instants) sink += peer.getState(at) ? 1 : 0;
});
// Equal work: our getStatus also answers "until when", which opening_hours needs a second call for.
const theirsWithChange = rate(() => {
  for (const at of instants) sink += (peer.getState(at) ? 1 : 0) + (peer.getNextChange(at) ? 1 : 0);
}, 3);

const fmt = (n) => Math.round(n).toLocaleString('en-US');
console.log(`Opening hours: ${RULE} (ours: the professional line, publicHolidays 'closed')`);
console.log(`Instants: ${fmt(instants.length)} (every 10 minutes of 2026, ${ZONE}), ${ROUNDS} rounds (3 for getNextChange), TZ=${process.env.TZ}`);
console.log(`ours  getStatus (open + changesAt):            best ${fmt(ours.best)}/s, median ${fmt(ours.median)}/s`);
console.log(`ours  getStatus, fresh { ...hours } per call:   best ${fmt(oursFresh.best)}/s, median ${fmt(oursFresh.median)}/s`);
console.log(`peer  opening_hours getState:                  best ${fmt(theirs.best)}/s, median ${fmt(theirs.median)}/s`);
console.log(`peer  opening_hours getState + getNextChange:  best ${fmt(theirsWithChange.best)}/s, median ${fmt(theirsWithChange.median)}/s`);
console.log(`ratio ours / peer getState: ${(ours.median / theirs.median).toFixed(1)}x (median), ${(ours.best / theirs.best).toFixed(1)}x (best)`);
console.log(`ratio ours / peer getState + getNextChange: ${(ours.median / theirsWithChange.median).toFixed(1)}x (median)`);

// Where the two disagree, grouped by Dutch date, with the holiday that explains it.
const holidays = new Map([...dutchHolidays(2026), ...dutchHolidays(2027)].map((h) => [h.date, h]));
const differing = new Map();
let alike = 0;
for (const at of instants) {
  const status = getStatus(HOURS, at);
  if (status.open === peer.getState(at)) {
    alike++;
    continue;
  }
  const date = localDate.format(at);
  const entry = differing.get(date) ?? { count: 0, ours: status.open, comment: peer.getComment(at) };
  entry.count++;
  differing.set(date, entry);
}
console.log(`\nopen/closed alike: ${alike.toLocaleString('en-US')} of ${instants.length.toLocaleString('en-US')} instants`);
for (const [date, { count, ours: open, comment }] of differing) {
  const holiday = holidays.get(date);
  const name = holiday ? `${holiday.name.nl}, commonDayOff ${holiday.commonDayOff}` : 'no Dutch holiday';
  console.log(`  ${date}: ${count} instants; ours ${open ? 'open' : 'closed'}, peer ${open ? 'closed' : 'open'} (peer comment: ${comment ?? '-'}; ${name})`);
}

// changesAt against getNextChange, for every instant.
let sampled = 0;
let sameChange = 0;
const changeDiffs = new Map();
for (const at of instants) {
  sampled++;
  const ourChange = getStatus(HOURS, at).changesAt;
  const theirChange = peer.getNextChange(at) ?? null;
  if ((ourChange?.getTime() ?? null) === (theirChange?.getTime() ?? null)) {
    sameChange++;
    continue;
  }
  const date = localDate.format(at);
  if (!changeDiffs.has(date)) changeDiffs.set(date, { at, ourChange, theirChange, count: 0 });
  changeDiffs.get(date).count++;
}
console.log(`\nchangesAt vs getNextChange: ${fmt(sameChange)} of ${fmt(sampled)} instants alike`);
for (const [date, { at, ourChange, theirChange, count }] of changeDiffs) {
  console.log(`  ${date}: ${count} instants, e.g. at ${show(at)}: ours ${show(ourChange)}, peer ${show(theirChange)}`);
}
if (sink < 0) console.log(sink);
