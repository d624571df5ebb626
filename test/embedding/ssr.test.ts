import { expect } from '@open-wc/testing';
import { styleOf } from '../hardening/support.js';

/*
 * Server-rendered widgets (`@slachtofferhulp/widgets/ssr`, built in dist/) in a page served with the strict
 * Content-Security-Policy of the embedding tests (csp/ssr.html; the middleware renders its ssr markers per
 * request). Once in a sandbox that runs no script: the HTML alone must be readable, styled and linked. Once
 * with the script (shn-widgets-hydrate.js: the elements with the hydration support): the elements must take over the server's DOM
 * (hydration) without an error, a warning, a CSP violation, new nodes or new text, except the live status.
 */

const PAGE = '/test/embedding/csp/ssr.html';
const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'none'; base-uri 'none'";
const LIVE_CLAIMS = /\b(nu open|nu gesloten|open now|closed now|open tot|open until|weer open|opens again|vandaag|morgen|today|tomorrow)\b/i;

interface Snapshot {
  element: Element;
  base: Element | null;
  text: string;
}
interface Probe {
  errors: string[];
  warnings: string[];
  violations: string[];
  layoutShift: number | null;
}
type PageWindow = Window & typeof globalThis & { __shnProbe?: Probe; __shnSsrSnapshot?: Snapshot[] };

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

async function waitFor(condition: () => boolean, what: string, timeout = 10000): Promise<void> {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function open(scripts: boolean, page = PAGE): Promise<{ win: PageWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.width = '800';
  frame.height = '2600';
  // No allow-scripts: the page's scripts do not run, as in a CMS that strips them. allow-same-origin: the test reads it.
  if (!scripts) frame.setAttribute('sandbox', 'allow-same-origin');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = page;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return { win: frame.contentWindow as PageWindow, doc: frame.contentDocument! };
}

/** Every server-rendered widget of the page, nested ones too, through their (declarative) shadow roots. */
function widgets(root: Document | ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')].flatMap((element) =>
    element.localName.startsWith('shn-') && element.shadowRoot ? [element, ...widgets(element.shadowRoot)] : [],
  );
}

const folded = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Readable, linked and styled by its own stylesheet, with no inline style and no claim about now. */
function htmlProblems(widget: Element): string[] {
  const root = widget.shadowRoot!;
  const problems: string[] = [];
  const name = `<${widget.localName}>`;
  if (folded(root.textContent).length < 40) problems.push(`${name} shows almost nothing: "${folded(root.textContent)}"`);
  if (root.querySelector('style, [style]')) problems.push(`${name} has inline style`);
  const links = [...root.querySelectorAll('link')];
  if (links.length !== 1 || links[0].rel !== 'stylesheet' || !links[0].href.endsWith(`/dist/cdn/${widget.localName}.css`)) {
    problems.push(`${name} does not link its stylesheet`);
  }
  if (!links[0]?.sheet) problems.push(`${name}: its stylesheet did not load`);
  const base = root.querySelector('.base');
  if (!base || styleOf(base).fontSize !== '16px') problems.push(`${name} is not styled`);
  const anchors = [...root.querySelectorAll('a')];
  if (anchors.length === 0) problems.push(`${name} has no links`);
  for (const anchor of anchors) if (!/^(https|tel|mailto):/.test(anchor.getAttribute('href') ?? '')) problems.push(`${name} links to ${anchor.getAttribute('href')}`);
  if (!anchors.some((anchor) => anchor.getAttribute('href') === 'tel:09000101') && widget.localName !== 'shn-situation-list') problems.push(`${name} has no tel: link`);
  return problems;
}

describe('server-rendered widgets under a strict Content-Security-Policy', () => {
  it('the page is sent with the strict policy and has no inline style', async () => {
    const response = await fetch(PAGE);
    expect(response.headers.get('content-security-policy')).to.equal(STRICT_CSP);
    const html = await response.text();
    expect(html).to.include('<template shadowroot="open" shadowrootmode="open">');
    expect(html, 'no inline script or style').not.to.match(/<script(?![^>]*\ssrc=)|<style|\sstyle=/);
  });

  it('without JavaScript: every element is readable, styled by its stylesheet, linked, and claims nothing live', async function () {
    this.timeout(20000);
    const { win, doc } = await open(false);
    expect(win.customElements.get('shn-contact-status'), 'no script ran').to.equal(undefined);
    const all = widgets(doc);
    expect(all.map((widget) => widget.localName)).to.include.members(['shn-contact-status', 'shn-situation-list', 'shn-referral-card']);
    expect(all.length).to.equal(7); // six on the page, and the municipality card's status
    await waitFor(() => all.every((widget) => widget.shadowRoot!.querySelector('link')?.sheet), 'the stylesheets');
    expect(all.flatMap(htmlProblems)).to.deep.equal([]);
    for (const widget of all) expect(folded(widget.shadowRoot!.textContent)).not.to.match(LIVE_CLAIMS);
    const professional = all.find((widget) => widget.getAttribute('audience') === 'professional')!;
    expect(folded(professional.shadowRoot!.textContent)).to.include('maandag tot en met vrijdag 08:00–20:00 uur en zaterdag 10:00–17:00 uur (Nederlandse tijd)');
  });

  it('with the script: the elements hydrate the same nodes, without errors, warnings or violations, and the status goes live', async function () {
    this.timeout(20000);
    const { win } = await open(true);
    const snapshot = win.__shnSsrSnapshot!;
    expect(snapshot.length).to.equal(7);
    await waitFor(() => snapshot.every(({ element }) => win.customElements.get(element.localName)), 'the elements to be defined');
    for (let round = 0; round < 5; round += 1) {
      await Promise.all(snapshot.map(({ element }) => (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    }
    const probe = win.__shnProbe!;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(probe.errors, 'errors').to.deep.equal([]);
    expect(probe.warnings, 'warnings').to.deep.equal([]);
    expect(probe.violations, 'CSP violations').to.deep.equal([]);
    for (const { element, base, text } of snapshot) {
      const name = `<${element.localName} ${element.getAttribute('audience') ?? ''}>`;
      expect((element as HTMLElement & { hasUpdated: boolean }).hasUpdated, `${name} upgraded`).to.equal(true);
      // Hydrated, not rendered again: the server's nodes are still there.
      expect(element.shadowRoot!.querySelector('.base') === base, `${name} kept the server's nodes`).to.equal(true);
      const now = folded(element.shadowRoot!.textContent);
      if (element.localName === 'shn-contact-status' && element.getAttribute('audience') === 'professional') {
        expect(['open', 'closed'], `${name} state`).to.include(element.getAttribute('state'));
        expect(now, `${name} is live`).to.match(/Nu open|Nu gesloten/);
      } else {
        expect(now, `${name} shows what the server rendered`).to.equal(folded(text));
      }
    }
    // The search box of the server-rendered list works once hydrated.
    const list = snapshot.map(({ element }) => element).find((element) => element.hasAttribute('searchable'))!;
    const input = list.shadowRoot!.querySelector('input')!;
    input.value = 'fraud';
    input.dispatchEvent(new (win as typeof globalThis).InputEvent('input', { bubbles: true, composed: true }));
    await (list as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(list.shadowRoot!.querySelectorAll('[part~="item"]').length).to.equal(1);
    if (probe.layoutShift !== null) {
      console.log(`server-rendered page, hydrated: CLS ${probe.layoutShift.toFixed(4)}`);
      expect(probe.layoutShift, 'cumulative layout shift').to.be.below(0.1);
    }
  });

  it('with the script, widgets that show nothing live hydrate without moving anything (CLS 0 where the engine measures it)', async function () {
    this.timeout(20000);
    const { win } = await open(true, '/test/embedding/csp/ssr-still.html');
    const snapshot = win.__shnSsrSnapshot!;
    expect(snapshot.length).to.equal(4);
    await waitFor(() => snapshot.every(({ element }) => win.customElements.get(element.localName)), 'the elements to be defined');
    for (let round = 0; round < 5; round += 1) {
      await Promise.all(snapshot.map(({ element }) => (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    const probe = win.__shnProbe!;
    expect(probe.errors, 'errors').to.deep.equal([]);
    for (const { element, text } of snapshot) expect(folded(element.shadowRoot!.textContent), element.localName).to.equal(folded(text));
    if (probe.layoutShift !== null) expect(probe.layoutShift, 'cumulative layout shift').to.equal(0);
  });
});
