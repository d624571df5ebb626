#!/usr/bin/env node
// Writes the WCAG 2.2 conformance report from what the tests prove, so it cannot drift from them:
// - docs/accessibility.md (Dutch summary, the text for a toegankelijkheidsverklaring, then the English report);
// - stories/generated/accessibility.json and one Storybook docs page per element (stories/accessibility/).
// Sources: `@wcag x.y.z` tags in the titles of it()/describe() in test/**/*.test.ts, and the hand-kept
// verdicts in scripts/docs/accessibility-verdicts.json for criteria that do not apply or need a person.
//
//   node scripts/docs/accessibility-report.mjs           write the files
//   node scripts/docs/accessibility-report.mjs --check   exit 1 when a written file differs (drift), a cited
//                                                         test file is missing, or a criterion has no verdict
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BEYOND_AA, CRITERIA, OBSOLETE, enClause } from './wcag22.mjs';
import { isMain, root, writeOrCheck } from '../lib/cli.mjs';

const ELEMENTS = ['shn-contact-status', 'shn-situation-list', 'shn-referral-card'];
const VERDICT_FILE = 'scripts/docs/accessibility-verdicts.json';
const REPORT = 'docs/accessibility.md';
const JSON_OUT = 'stories/generated/accessibility.json';
const MANUAL = 'docs/accessibility-manual.md';
const storyPage = (element) => `stories/accessibility/${element.replace(/^shn-/, '')}.mdx`;

const VERDICT_TEXT = {
  passes: { en: 'passes', nl: 'voldoet' },
  'not-applicable': { en: 'not applicable', nl: 'niet van toepassing' },
  manual: { en: 'needs a manual check', nl: 'handmatig te controleren' },
  fails: { en: 'does not pass yet', nl: 'voldoet nog niet' },
};

/** Test files under test/, as repository paths. */
function testFiles(dir = join(root, 'test')) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return /\.test\.(ts|mjs)$/.test(entry.name) ? [relative(root, path).split('\\').join('/')] : [];
  });
}

/** Every it()/describe() title with a @wcag tag: its criteria, elements, and whether it is skipped. */
export function taggedTests(files = testFiles()) {
  const calls = /\b(it|describe)(\.skip|\.only)?\(\s*(['"`])((?:\\.|(?!\3)[^\\])*)\3/g;
  const tests = [];
  for (const file of files) {
    const source = readFileSync(join(root, file), 'utf8');
    for (const match of source.matchAll(calls)) {
      const title = match[4];
      const tag = /@wcag((?:[\s,]+\d+\.\d+\.\d+)+)/.exec(title);
      if (!tag) continue;
      const criteria = tag[1].split(/[\s,]+/).filter(Boolean);
      const named = ELEMENTS.filter((element) => title.includes(element));
      const fromPath = ELEMENTS.filter((element) => file.includes(element.replace(/^shn-/, '')));
      const elements = named.length > 0 ? named : fromPath.length > 0 ? fromPath : ELEMENTS;
      const defect = /defect ([A-Z])\b/.exec(title)?.[1] ?? null;
      tests.push({ file, title: cleanTitle(title), criteria, elements, skipped: match[2] === '.skip', defect });
    }
  }
  return tests;
}

/** A title as a sentence: no tags, placeholders as "…", escapes undone. */
function cleanTitle(title) {
  return title
    .replace(/@wcag(?:[\s,]+\d+\.\d+\.\d+)+/g, '')
    .replace(/\$\{[^}]*\}/g, '…')
    .replace(/\\(.)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()
    // Titles built in a loop start with the story's name ("…: …: nothing cut off"): keep the sentence.
    .replace(/^(…[:,]?\s*)+/, '')
    .replace(/\s*\(…\)/g, '');
}

function loadVerdicts() {
  const data = JSON.parse(readFileSync(join(root, VERDICT_FILE), 'utf8'));
  return { verdicts: data.verdicts, defects: data.defects ?? {} };
}

/** The verdict of every criterion for every element, and every problem that makes the report untrue. */
export function buildReport() {
  const tests = taggedTests();
  const { verdicts, defects } = loadVerdicts();
  const problems = [];
  const known = new Set([...CRITERIA, ...BEYOND_AA].map((criterion) => criterion.id));
  for (const test of tests) {
    for (const id of test.criteria) if (!known.has(id)) problems.push(`${test.file}: "${test.title}" cites ${id}, not a WCAG 2.2 A/AA criterion (nor one of BEYOND_AA in scripts/docs/wcag22.mjs)`);
    if (test.skipped && !test.defect) problems.push(`${test.file}: skipped test "${test.title}" names no defect ("defect X")`);
    if (test.defect && !defects[test.defect]) problems.push(`${test.file}: defect ${test.defect} is not described in ${VERDICT_FILE}`);
  }
  for (const entry of verdicts) {
    if (!known.has(entry.criterion)) problems.push(`${VERDICT_FILE}: unknown criterion ${entry.criterion}`);
    if (!['not-applicable', 'manual'].includes(entry.verdict)) problems.push(`${VERDICT_FILE}: ${entry.criterion}: verdict must be not-applicable or manual`);
    if (!entry.how) problems.push(`${VERDICT_FILE}: ${entry.criterion}: no "how"`);
  }
  const elements = ELEMENTS.map((element) => {
    const tagged = new Set(tests.filter((test) => test.elements.includes(element)).flatMap((test) => test.criteria));
    const rows = [...CRITERIA, ...BEYOND_AA.filter((criterion) => tagged.has(criterion.id))].map((criterion) => {
      const proving = tests.filter((test) => !test.skipped && test.elements.includes(element) && test.criteria.includes(criterion.id));
      const failing = tests.filter((test) => test.skipped && test.elements.includes(element) && test.criteria.includes(criterion.id));
      const entry = verdicts.find((candidate) => candidate.criterion === criterion.id && (candidate.elements === 'all' || candidate.elements.includes(element)));
      const files = [...new Set([...proving, ...failing].map((test) => test.file))].sort();
      const row = { id: criterion.id, name: criterion.en, nameNl: criterion.nl, level: criterion.level, en301549: enClause(criterion), files };
      if (failing.length > 0) {
        const letters = [...new Set(failing.map((test) => test.defect))].sort();
        return { ...row, verdict: 'fails', defects: letters, how: `Known defect ${letters.join(', ')}: ${letters.map((letter) => defects[letter]?.en).join(' ')} The test that proves the fix is skipped until then.` };
      }
      if (entry?.verdict === 'not-applicable') {
        if (proving.length > 0) problems.push(`${criterion.id} ${element}: ${VERDICT_FILE} says not applicable, but ${proving[0].file} tests it`);
        return { ...row, verdict: 'not-applicable', how: entry.how };
      }
      if (entry?.verdict === 'manual') return { ...row, verdict: 'manual', how: entry.how };
      if (proving.length > 0) {
        const example = [...proving].sort((a, b) => Number(b.file.startsWith('test/a11y/')) - Number(a.file.startsWith('test/a11y/')) || b.title.length - a.title.length)[0];
        const more = proving.length > 1 ? ` (and ${proving.length - 1} more test title${proving.length > 2 ? 's' : ''})` : '';
        return { ...row, verdict: 'passes', how: `Automated, in every browser the suite runs: “${example.title}”${more}.` };
      }
      problems.push(`${criterion.id} (${criterion.en}) has no verdict for <${element}>: tag a test with @wcag ${criterion.id} or add it to ${VERDICT_FILE}`);
      return { ...row, verdict: 'none', how: '' };
    });
    return { element, rows };
  });
  for (const file of new Set(elements.flatMap(({ rows }) => rows.flatMap((row) => row.files)))) {
    if (!existsSync(join(root, file))) problems.push(`cited test file ${file} is missing`);
  }
  return { elements, defects, problems, version: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version };
}

const count = (rows, verdict) => rows.filter((row) => row.verdict === verdict && row.level !== 'AAA').length;
const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/</g, '&lt;');
const fileLinks = (files) => files.map((file) => `[${file.replace(/^test\//, '')}](../${file})`).join(', ') || '—';

function markdown(report) {
  const { elements, defects, version } = report;
  const manual = elements.flatMap(({ element, rows }) => rows.filter((row) => row.verdict === 'manual').map((row) => ({ element, row })));
  const manualIds = [...new Set(manual.map(({ row }) => row.id))];
  const defectLetters = Object.keys(defects).filter((letter) => elements.some(({ rows }) => rows.some((row) => row.defects?.includes(letter))));
  // Defects that break an A or AA criterion; the others only keep a criterion beyond AA from passing.
  const blocking = defectLetters.filter((letter) => elements.some(({ rows }) => rows.some((row) => row.level !== 'AAA' && row.defects?.includes(letter))));
  const beyond = defectLetters.filter((letter) => !blocking.includes(letter));
  const lines = [];
  lines.push('<!-- Generated by scripts/docs/accessibility-report.mjs from the @wcag tags in the tests and scripts/docs/accessibility-verdicts.json. Do not edit: run `node scripts/docs/accessibility-report.mjs`. -->');
  lines.push('', `# Toegankelijkheid / Accessibility — @slachtofferhulp/widgets ${version}`, '');
  lines.push('## Samenvatting (Nederlands)', '');
  lines.push('Dit rapport zegt per widget en per succescriterium van WCAG 2.2 (niveau A en AA, 55 criteria) of het voldoet, niet van toepassing is of handmatig gecontroleerd moet worden, hoe dat is vastgesteld en welke tests het bewijzen. Het rapport wordt gemaakt uit de tests zelf: `npm run check` faalt als een genoemde test ontbreekt of een criterium geen oordeel heeft. De tests draaien in Chromium, Firefox ESR en WebKit (de engine van Safari).', '');
  lines.push('| Widget | Voldoet | Niet van toepassing | Handmatig | Voldoet nog niet |', '| --- | --- | --- | --- | --- |');
  for (const { element, rows } of elements) lines.push(`| \`<${element}>\` | ${count(rows, 'passes')} | ${count(rows, 'not-applicable')} | ${count(rows, 'manual')} | ${count(rows, 'fails')} |`);
  lines.push('');
  if (blocking.length > 0) {
    lines.push('**Bekende afwijkingen** (worden opgelost; de test die de oplossing bewijst staat klaar):', '');
    for (const letter of blocking) lines.push(`- ${letter}: ${defects[letter].nl}`);
    lines.push('');
  }
  if (beyond.length > 0) {
    lines.push('**Verbeterpunten boven niveau AA** (geen afwijking van WCAG AA):', '');
    for (const letter of beyond) lines.push(`- ${letter}: ${defects[letter].nl}`);
    lines.push('');
  }
  lines.push(`**Handmatig te controleren** (zie [de checklist](accessibility-manual.md)): ${manualIds.join(', ') || 'geen'}.`, '');
  lines.push('WCAG 4.1.1 (Parsen) is in WCAG 2.2 vervallen en telt hier niet mee; EN 301 549 v3.2.1 noemt het nog (9.4.1.1): daar voldoet het, want de widgets bouwen hun HTML via de DOM van de browser, niet als tekst die geparst wordt. De zes criteria die nieuw zijn in WCAG 2.2 (2.4.11, 2.5.7, 2.5.8, 3.2.6, 3.3.7, 3.3.8) hebben geen nummer in EN 301 549 v3.2.1.', '');
  lines.push('### Tekst voor uw toegankelijkheidsverklaring', '');
  lines.push('U mag deze tekst overnemen en aanpassen.', '');
  const statement = [
    `Op deze website staan widgets van Slachtofferhulp Nederland (@slachtofferhulp/widgets, versie ${version}): de bereikbaarheid van Slachtofferhulp, een lijst van situaties waarbij Slachtofferhulp helpt, en verwijskaarten.`,
    blocking.length > 0
      ? 'Volgens het conformiteitsrapport van de leverancier voldoen deze widgets gedeeltelijk aan WCAG 2.2 niveau A en AA (en daarmee aan WCAG 2.1 niveau AA en EN 301 549 v3.2.1 hoofdstuk 9): de afwijkingen staan hieronder.'
      : 'Volgens het conformiteitsrapport van de leverancier voldoen deze widgets aan WCAG 2.2 niveau A en AA, en daarmee aan WCAG 2.1 niveau AA en EN 301 549 v3.2.1 hoofdstuk 9.',
    'Dat is getest in Chromium, Firefox en WebKit (Safari) met automatische tests, ook van wat een schermlezer voorleest; de leverancier beschrijft welke punten een mens moet controleren.',
  ];
  lines.push(...statement.map((line) => `> ${line}`), '>');
  if (blocking.length > 0) {
    lines.push('> Bekende afwijkingen in deze versie:', '>');
    for (const letter of blocking) lines.push(`> - ${defects[letter].nl}`);
    lines.push('>');
  }
  lines.push('> Plaatst u de widgets op meerdere pagina’s als manier om hulp te vinden, dan zet u ze op elke pagina op dezelfde plek (WCAG 3.2.6). Het conformiteitsrapport van de leverancier staat in de broncode van @slachtofferhulp/widgets, in docs/accessibility.md.', '');
  lines.push('## Report (English)', '');
  lines.push('For each element and each of the 55 success criteria of WCAG 2.2 at levels A and AA: the verdict, one line on how it is known, and the test files that prove it. **Passes** means tests tagged `@wcag x.y.z` in their title prove it in every browser the suite runs (Chromium, Firefox ESR and WebKit). **Not applicable** and **needs a manual check** come from `scripts/docs/accessibility-verdicts.json`, one line each; the manual steps are in [accessibility-manual.md](accessibility-manual.md). **Does not pass yet** means a known defect: its test is written and skipped until the fix lands.', '');
  lines.push('4.1.1 Parsing is obsolete in WCAG 2.2 (W3C: always satisfied for HTML) and is not counted among the 55. EN 301 549 v3.2.1 still lists it as clause 9.4.1.1: the widgets satisfy it, since they build their markup through the DOM, never as parsed strings. EN 301 549 v3.2.1 follows WCAG 2.1, so the six criteria new in WCAG 2.2 have no EN clause (shown as "— (new in 2.2)").', '');
  lines.push('Beyond AA, the tables also show two AAA criteria the project holds itself to, not counted above: 2.3.3 Animation from Interactions (nothing animates, so `prefers-reduced-motion` has nothing to stop) and 2.4.9 Link Purpose (Link Only): every link says what it does out of context (the phone links were fixed for it).', '');
  lines.push('Screen-reader output is asserted by walking the flat tree (shadow roots and slots) with the roles and names of dom-accessibility-api (test/a11y/speech.ts); real screen readers are checked by hand with the checklist.', '');
  for (const { element, rows } of elements) {
    lines.push(`### \`<${element}>\``, '');
    lines.push('| WCAG 2.2 | Level | EN 301 549 | Verdict | How | Proved by |', '| --- | --- | --- | --- | --- | --- |');
    for (const row of rows) {
      lines.push(`| ${row.id} ${cell(row.name)} | ${row.level} | ${row.en301549 ?? '— (new in 2.2)'} | ${VERDICT_TEXT[row.verdict]?.en ?? 'NO VERDICT'} | ${cell(row.how)} | ${fileLinks(row.files)} |`);
    }
    lines.push(`| ${OBSOLETE.id} ${OBSOLETE.en} | ${OBSOLETE.level} | ${OBSOLETE.clause} | obsolete in WCAG 2.2 | Not counted; for EN 301 549: markup is built through the DOM, never parsed from strings. | — |`, '');
  }
  lines.push('### Needs a manual check, and why', '');
  for (const id of manualIds) {
    const { row } = manual.find((item) => item.row.id === id);
    const which = manual.filter((item) => item.row.id === id).map((item) => `<${item.element}>`);
    lines.push(`- **${id} ${row.name}** (${which.length === ELEMENTS.length ? 'all elements' : which.join(', ')}): ${row.how}`);
  }
  lines.push('');
  if (defectLetters.length > 0) {
    lines.push('### Known defects', '');
    for (const letter of defectLetters) {
      const affected = elements.flatMap(({ element, rows }) => rows.filter((row) => row.defects?.includes(letter)).map((row) => `${row.id} <${element}>`));
      lines.push(`- **${letter}**${blocking.includes(letter) ? '' : ' (beyond AA)'}: ${defects[letter].en} (${cell(affected.join(', '))})`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

function storybookJson(report) {
  const json = {
    $comment: 'Generated by scripts/docs/accessibility-report.mjs; do not edit.',
    version: report.version,
    defects: report.defects,
    elements: Object.fromEntries(report.elements.map(({ element, rows }) => [element, rows.map(({ id, name, level, en301549, verdict, how, files }) => ({ id, name, level, en301549, verdict: VERDICT_TEXT[verdict]?.en ?? verdict, how, files }))])),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

function storyPageSource(element) {
  return `{/* Generated by scripts/docs/accessibility-report.mjs; do not edit. */}
import { Meta } from '@storybook/addon-docs/blocks';
import report from '../generated/accessibility.json';

<Meta title="Accessibility/${element}" />

# Accessibility of \`<${element}>\`

WCAG 2.2, levels A and AA, with the EN 301 549 v3.2.1 clause: what the tests prove, what does not apply, and
what a person must check. The whole report, with the Dutch summary and the text for a toegankelijkheidsverklaring,
is docs/accessibility.md in the repository; the manual checklist is docs/accessibility-manual.md.

<table>
  <thead>
    <tr>
      <th>WCAG 2.2</th>
      <th>Level</th>
      <th>EN 301 549</th>
      <th>Verdict</th>
      <th>How</th>
      <th>Proved by</th>
    </tr>
  </thead>
  <tbody>
    {report.elements['${element}'].map((row) => (
      <tr key={row.id}>
        <td>{row.id} {row.name}</td>
        <td>{row.level}</td>
        <td>{row.en301549 ?? '— (new in 2.2)'}</td>
        <td>{row.verdict}</td>
        <td>{row.how}</td>
        <td>{row.files.join(', ') || '—'}</td>
      </tr>
    ))}
  </tbody>
</table>
`;
}

function outputs(report) {
  return [[REPORT, `${markdown(report)}\n`], [JSON_OUT, storybookJson(report)], ...ELEMENTS.map((element) => [storyPage(element), storyPageSource(element)])];
}

function main() {
  const check = process.argv.includes('--check');
  const report = buildReport();
  const problems = [...report.problems];
  if (!existsSync(join(root, MANUAL))) problems.push(`${MANUAL} is missing`);
  const { drift, written } = writeOrCheck(outputs(report), { check, fix: 'npm run docs:accessibility' });
  problems.push(...drift);
  for (const file of written) console.log(`wrote ${file}`);
  if (check) {
    // A test the committed report cites must still exist.
    const committed = existsSync(join(root, REPORT)) ? readFileSync(join(root, REPORT), 'utf8') : '';
    for (const [, file] of committed.matchAll(/\]\(\.\.\/(test\/[^)]+)\)/g)) {
      if (!existsSync(join(root, file))) problems.push(`${REPORT} cites ${file}, which does not exist`);
    }
  }
  if (problems.length > 0) {
    console.error(`Accessibility report:\n  ${[...new Set(problems)].join('\n  ')}`);
    process.exit(1);
  }
  const totals = report.elements.map(({ element, rows }) => `<${element}> ${count(rows, 'passes')} pass, ${count(rows, 'not-applicable')} n/a, ${count(rows, 'manual')} manual, ${count(rows, 'fails')} known defects`);
  console.log(`Accessibility report ${check ? 'is up to date' : 'written'}: ${totals.join('; ')}.`);
}

if (isMain(import.meta.url)) main();
