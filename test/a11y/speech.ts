/*
 * What a screen reader says when it reads a widget from top to bottom (browse mode), and what it announces
 * from live regions.
 *
 * Why not @guidepup/virtual-screen-reader: its 0.33.0 (the newest) builds its tree from `childNodes` and
 * never enters a shadow root, so every widget reads as silence (tried: a <shn-contact-status> after a
 * paragraph gave only the paragraph; guidepup/virtual-screen-reader#183, which would add it, was closed).
 * Real screen readers read the flat tree (shadow roots, and slots replaced by what is assigned to them).
 * So this file walks that flat tree itself and leaves the hard part, the role and accessible name of each
 * node (ARIA's accname 1.2 and html-aam), to dom-accessibility-api, the library Testing Library uses.
 *
 * The phrases follow the wording of virtual-screen-reader and NVDA in English ("heading, level 2, …",
 * "link, …", "list, 3 items" … "end of list", "group, …" … "end of group"), so a failing assertion reads
 * like what a visitor hears.
 */
import { computeAccessibleName, getRole } from 'dom-accessibility-api';

export interface Phrase {
  text: string;
  /** The language the text is in as the page declares it: the nearest `lang`, across shadow roots. */
  lang: string;
}

/** Roles whose whole content becomes one phrase: the name. */
const NAMED_ROLES = new Set(['link', 'button', 'heading', 'searchbox', 'textbox', 'img', 'checkbox', 'radio', 'combobox']);
/** Roles a screen reader enters and leaves aloud. */
const ENTERED_ROLES = new Set(['list', 'group', 'region', 'navigation', 'search', 'form', 'complementary', 'note']);

const SPOKEN_ROLE: Record<string, string> = { searchbox: 'search box', textbox: 'edit', img: 'graphic' };

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The language of a node as HTML defines it: the nearest `lang` on it or an ancestor, a shadow root's host included. */
export function langOf(node: Node): string {
  let current: Node | null = node;
  while (current) {
    if (current instanceof Element && current.hasAttribute('lang')) return current.getAttribute('lang') ?? '';
    current = current instanceof ShadowRoot ? current.host : current.parentNode;
  }
  return '';
}

/** The children of a node in the flat tree: a shadow host's shadow root, a slot's assigned nodes (or its fallback). */
function flatChildren(node: Node): Node[] {
  if (node instanceof Element && node.shadowRoot) return [...node.shadowRoot.childNodes];
  if (node instanceof HTMLSlotElement) {
    const assigned = node.assignedNodes({ flatten: true });
    return assigned.length > 0 ? assigned : [...node.childNodes];
  }
  return [...node.childNodes];
}

function isHidden(element: Element): boolean {
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const style = getComputedStyle(element);
  return style.display === 'none' || style.visibility === 'hidden';
}

function roleOf(element: Element): string {
  return (element.getAttribute('role') ?? '').trim().split(/\s+/)[0] || getRole(element) || '';
}

function headingLevel(element: Element): number {
  const aria = Number(element.getAttribute('aria-level'));
  if (aria > 0) return aria;
  const match = /^h([1-6])$/.exec(element.localName);
  return match ? Number(match[1]) : 2;
}

function listItems(list: Element): number {
  const items: Element[] = [];
  const visit = (node: Node) => {
    for (const child of flatChildren(node)) {
      if (!(child instanceof Element) || isHidden(child)) continue;
      const role = roleOf(child);
      if (role === 'listitem') items.push(child);
      else if (role !== 'list') visit(child);
    }
  };
  visit(list);
  return items.length;
}

class Reader {
  readonly phrases: Phrase[] = [];
  private line = '';
  private lineLang = '';

  say(text: string, lang: string): void {
    this.flush();
    if (text) this.phrases.push({ text, lang });
  }

  flush(): void {
    const text = fold(this.line);
    if (text) this.phrases.push({ text, lang: this.lineLang });
    this.line = '';
  }

  read(node: Node): void {
    if (node.nodeType === Node.TEXT_NODE) {
      const lang = langOf(node);
      if (fold(node.textContent ?? '') === '') {
        this.line += ' ';
        return;
      }
      // Text in another language is its own phrase: a screen reader switches voice there.
      if (fold(this.line) !== '' && lang !== this.lineLang) this.flush();
      if (fold(this.line) === '') this.lineLang = lang;
      this.line += node.textContent;
      return;
    }
    if (!(node instanceof Element) || isHidden(node)) {
      if (node instanceof ShadowRoot || node instanceof DocumentFragment) flatChildren(node).forEach((child) => this.read(child));
      return;
    }
    if (['style', 'script', 'template'].includes(node.localName)) return;
    const role = roleOf(node);
    const lang = langOf(node);
    if (NAMED_ROLES.has(role)) {
      const name = fold(computeAccessibleName(node));
      const spoken = SPOKEN_ROLE[role] ?? role;
      this.say(role === 'heading' ? `heading, level ${headingLevel(node)}, ${name}` : `${spoken}, ${name}`, lang);
      return;
    }
    if (ENTERED_ROLES.has(role)) {
      const name = fold(computeAccessibleName(node));
      const count = role === 'list' ? `${listItems(node)} items` : '';
      this.say([role, name, count].filter(Boolean).join(', '), lang);
      flatChildren(node).forEach((child) => this.read(child));
      this.say(`end of ${role}`, lang);
      return;
    }
    const display = getComputedStyle(node).display;
    const block = !display.startsWith('inline') && display !== 'contents';
    if (block) this.flush();
    flatChildren(node).forEach((child) => this.read(child));
    if (block) this.flush();
  }
}

/** Everything a screen reader reads in `root`, top to bottom, with the language of each phrase. */
export function readAloud(root: Node): Phrase[] {
  const reader = new Reader();
  reader.read(root);
  reader.flush();
  return reader.phrases;
}

/** Only the texts of {@link readAloud}. */
export function spoken(root: Node): string[] {
  return readAloud(root).map((phrase) => phrase.text);
}

/** Live regions (role status/alert/log or aria-live other than off) in the flat tree below `root`. */
export function liveRegions(root: Node): Element[] {
  const found: Element[] = [];
  const visit = (node: Node) => {
    for (const child of flatChildren(node)) {
      if (!(child instanceof Element)) continue;
      const live = child.getAttribute('aria-live');
      if (['status', 'alert', 'log'].includes(roleOf(child)) || (live && live !== 'off')) found.push(child);
      visit(child);
    }
  };
  visit(root);
  return found;
}

/** How politely a live region speaks: `assertive` interrupts, `polite` waits. */
export function politeness(region: Element): string {
  return region.getAttribute('aria-live') ?? (roleOf(region) === 'alert' ? 'assertive' : 'polite');
}

/**
 * Records what live regions announce: a screen reader speaks a live region when its content changes (text
 * added or changed), and says nothing when a render leaves it as it was. Each change that leaves text is one
 * announcement. Call `stop()` when done.
 */
export class Announcements {
  readonly heard: string[] = [];
  private readonly observer: MutationObserver;

  constructor(root: Node) {
    this.observer = new MutationObserver((records) => this.hear(records));
    for (const region of liveRegions(root)) this.observer.observe(region, { childList: true, characterData: true, subtree: true });
  }

  private hear(records: MutationRecord[]): void {
    const changed = new Set<Element>();
    for (const record of records) {
      const target = record.target instanceof Element ? record.target : record.target.parentElement;
      const region = target?.closest('[role="status"], [role="alert"], [role="log"], [aria-live]');
      if (region) changed.add(region);
    }
    for (const region of changed) {
      const text = fold(region.textContent ?? '');
      if (text) this.heard.push(text);
    }
  }

  /** What was announced so far, changes not yet delivered to the observer included. */
  take(): string[] {
    this.hear(this.observer.takeRecords());
    return [...this.heard];
  }

  stop(): void {
    this.observer.disconnect();
  }
}
