// The 55 success criteria of WCAG 2.2 at levels A and AA (4.1.1 Parsing is obsolete in WCAG 2.2 and listed
// apart), with their clause in EN 301 549 v3.2.1 (chapter 9, web content). EN 301 549 v3.2.1 follows WCAG
// 2.1: clause 9.x.y.z is WCAG x.y.z, and the six criteria new in WCAG 2.2 have no clause there.
// Names: W3C's English titles, and Dutch titles after the Dutch translation of WCAG (check a statement
// against the authorised translation before publishing it).

/** @typedef {{ id: string, level: 'A' | 'AA', en: string, nl: string, since: '2.0' | '2.1' | '2.2' }} Criterion */

/** @type {Criterion[]} */
export const CRITERIA = [
  { id: '1.1.1', level: 'A', since: '2.0', en: 'Non-text Content', nl: 'Niet-tekstuele content' },
  { id: '1.2.1', level: 'A', since: '2.0', en: 'Audio-only and Video-only (Prerecorded)', nl: 'Louter-geluid en louter-videobeeld (vooraf opgenomen)' },
  { id: '1.2.2', level: 'A', since: '2.0', en: 'Captions (Prerecorded)', nl: 'Ondertitels voor doven en slechthorenden (vooraf opgenomen)' },
  { id: '1.2.3', level: 'A', since: '2.0', en: 'Audio Description or Media Alternative (Prerecorded)', nl: 'Audiodescriptie of media-alternatief (vooraf opgenomen)' },
  { id: '1.2.4', level: 'AA', since: '2.0', en: 'Captions (Live)', nl: 'Ondertitels voor doven en slechthorenden (live)' },
  { id: '1.2.5', level: 'AA', since: '2.0', en: 'Audio Description (Prerecorded)', nl: 'Audiodescriptie (vooraf opgenomen)' },
  { id: '1.3.1', level: 'A', since: '2.0', en: 'Info and Relationships', nl: 'Info en relaties' },
  { id: '1.3.2', level: 'A', since: '2.0', en: 'Meaningful Sequence', nl: 'Betekenisvolle volgorde' },
  { id: '1.3.3', level: 'A', since: '2.0', en: 'Sensory Characteristics', nl: 'Zintuiglijke eigenschappen' },
  { id: '1.3.4', level: 'AA', since: '2.1', en: 'Orientation', nl: 'Weergavestand' },
  { id: '1.3.5', level: 'AA', since: '2.1', en: 'Identify Input Purpose', nl: 'Identificeer het doel van de input' },
  { id: '1.4.1', level: 'A', since: '2.0', en: 'Use of Color', nl: 'Gebruik van kleur' },
  { id: '1.4.2', level: 'A', since: '2.0', en: 'Audio Control', nl: 'Geluidsbediening' },
  { id: '1.4.3', level: 'AA', since: '2.0', en: 'Contrast (Minimum)', nl: 'Contrast (minimum)' },
  { id: '1.4.4', level: 'AA', since: '2.0', en: 'Resize Text', nl: 'Herschalen van tekst' },
  { id: '1.4.5', level: 'AA', since: '2.0', en: 'Images of Text', nl: 'Afbeeldingen van tekst' },
  { id: '1.4.10', level: 'AA', since: '2.1', en: 'Reflow', nl: 'Reflow' },
  { id: '1.4.11', level: 'AA', since: '2.1', en: 'Non-text Contrast', nl: 'Contrast van niet-tekstuele content' },
  { id: '1.4.12', level: 'AA', since: '2.1', en: 'Text Spacing', nl: 'Tekstafstand' },
  { id: '1.4.13', level: 'AA', since: '2.1', en: 'Content on Hover or Focus', nl: 'Content bij hover of focus' },
  { id: '2.1.1', level: 'A', since: '2.0', en: 'Keyboard', nl: 'Toetsenbord' },
  { id: '2.1.2', level: 'A', since: '2.0', en: 'No Keyboard Trap', nl: 'Geen toetsenbordval' },
  { id: '2.1.4', level: 'A', since: '2.1', en: 'Character Key Shortcuts', nl: 'Enkel teken sneltoetsen' },
  { id: '2.2.1', level: 'A', since: '2.0', en: 'Timing Adjustable', nl: 'Timing aanpasbaar' },
  { id: '2.2.2', level: 'A', since: '2.0', en: 'Pause, Stop, Hide', nl: 'Pauzeren, stoppen, verbergen' },
  { id: '2.3.1', level: 'A', since: '2.0', en: 'Three Flashes or Below Threshold', nl: 'Drie flitsen of beneden drempelwaarde' },
  { id: '2.4.1', level: 'A', since: '2.0', en: 'Bypass Blocks', nl: 'Blokken omzeilen' },
  { id: '2.4.2', level: 'A', since: '2.0', en: 'Page Titled', nl: 'Paginatitel' },
  { id: '2.4.3', level: 'A', since: '2.0', en: 'Focus Order', nl: 'Focusvolgorde' },
  { id: '2.4.4', level: 'A', since: '2.0', en: 'Link Purpose (In Context)', nl: 'Linkdoel (in context)' },
  { id: '2.4.5', level: 'AA', since: '2.0', en: 'Multiple Ways', nl: 'Meerdere manieren' },
  { id: '2.4.6', level: 'AA', since: '2.0', en: 'Headings and Labels', nl: 'Koppen en labels' },
  { id: '2.4.7', level: 'AA', since: '2.0', en: 'Focus Visible', nl: 'Focus zichtbaar' },
  { id: '2.4.11', level: 'AA', since: '2.2', en: 'Focus Not Obscured (Minimum)', nl: 'Focus niet bedekt (minimum)' },
  { id: '2.5.1', level: 'A', since: '2.1', en: 'Pointer Gestures', nl: 'Aanwijzergebaren' },
  { id: '2.5.2', level: 'A', since: '2.1', en: 'Pointer Cancellation', nl: 'Aanwijzerannulering' },
  { id: '2.5.3', level: 'A', since: '2.1', en: 'Label in Name', nl: 'Label in naam' },
  { id: '2.5.4', level: 'A', since: '2.1', en: 'Motion Actuation', nl: 'Bewegingsactivering' },
  { id: '2.5.7', level: 'AA', since: '2.2', en: 'Dragging Movements', nl: 'Sleepbewegingen' },
  { id: '2.5.8', level: 'AA', since: '2.2', en: 'Target Size (Minimum)', nl: 'Grootte van het aanwijsgebied (minimum)' },
  { id: '3.1.1', level: 'A', since: '2.0', en: 'Language of Page', nl: 'Taal van de pagina' },
  { id: '3.1.2', level: 'AA', since: '2.0', en: 'Language of Parts', nl: 'Taal van onderdelen' },
  { id: '3.2.1', level: 'A', since: '2.0', en: 'On Focus', nl: 'Bij focus' },
  { id: '3.2.2', level: 'A', since: '2.0', en: 'On Input', nl: 'Bij input' },
  { id: '3.2.3', level: 'AA', since: '2.0', en: 'Consistent Navigation', nl: 'Consistente navigatie' },
  { id: '3.2.4', level: 'AA', since: '2.0', en: 'Consistent Identification', nl: 'Consistente identificatie' },
  { id: '3.2.6', level: 'A', since: '2.2', en: 'Consistent Help', nl: 'Consistente hulp' },
  { id: '3.3.1', level: 'A', since: '2.0', en: 'Error Identification', nl: 'Foutidentificatie' },
  { id: '3.3.2', level: 'A', since: '2.0', en: 'Labels or Instructions', nl: 'Labels of instructies' },
  { id: '3.3.3', level: 'AA', since: '2.0', en: 'Error Suggestion', nl: 'Foutsuggestie' },
  { id: '3.3.4', level: 'AA', since: '2.0', en: 'Error Prevention (Legal, Financial, Data)', nl: 'Foutpreventie (wettelijk, financieel, gegevens)' },
  { id: '3.3.7', level: 'A', since: '2.2', en: 'Redundant Entry', nl: 'Overbodige invoer' },
  { id: '3.3.8', level: 'AA', since: '2.2', en: 'Accessible Authentication (Minimum)', nl: 'Toegankelijke authenticatie (minimum)' },
  { id: '4.1.2', level: 'A', since: '2.0', en: 'Name, Role, Value', nl: 'Naam, rol, waarde' },
  { id: '4.1.3', level: 'AA', since: '2.1', en: 'Status Messages', nl: 'Statusberichten' },
];

/** The EN 301 549 v3.2.1 clause of a criterion, or null for the criteria new in WCAG 2.2. */
export function enClause(criterion) {
  return criterion.since === '2.2' ? null : `9.${criterion.id}`;
}

/** WCAG 2.2 made 4.1.1 Parsing obsolete; EN 301 549 v3.2.1 still lists it as 9.4.1.1. */
export const OBSOLETE = { id: '4.1.1', level: 'A', en: 'Parsing', nl: 'Parsen', clause: '9.4.1.1' };

/** Criteria beyond AA that the issue asked to test as well; reported when tests are tagged with them. */
export const BEYOND_AA = [
  { id: '2.3.3', level: 'AAA', since: '2.1', en: 'Animation from Interactions', nl: 'Animatie uit interacties' },
  { id: '2.4.9', level: 'AAA', since: '2.0', en: 'Link Purpose (Link Only)', nl: 'Linkdoel (alleen link)' },
];
