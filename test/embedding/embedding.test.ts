import { expect } from '@open-wc/testing';
import { itWhere, saveScreenshot, setViewport } from '../support/commands.js';
import { contrastProblems, linkProblems, markupProblems, parseColor, shadowElements, styleOf, widgetsIn } from '../hardening/support.js';
import { VERSION } from '../../src/core/version.js';

/*
 * The built CDN bundle (dist/cdn, `npm run build`) in host pages as municipalities have them, each page in an
 * iframe served by the test server (test/embedding/pages, test/embedding/csp; the server side is
 * test/embedding/middleware.mjs). pages/probe.js, the first script of every page, records what the widgets do
 * to the page: exceptions, warnings, CSP violations, storage, cookies, network, DOM changes, globals.
 */

interface Probe {
  errors: string[];
  warnings: string[];
  violations: string[];
  storage: string[];
  cookies: string[];
  network: string[];
  mutations: string[];
  globalsBefore: string[];
  htmlLang: string | null;
}

type ProbedWindow = Window & typeof globalThis & { __shnProbe: Probe };

interface Page {
  frame: HTMLIFrameElement;
  win: ProbedWindow;
  doc: Document;
  probe: Probe;
}

const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'none'; base-uri 'none'";
const TAGS = ['shn-contact-status', 'shn-situation-list', 'shn-referral-card'];
// The dev build of Lit announces itself; the site's own Lit is served as a dev build by the test server.
const LIT_DEV_NOTICE = /^Lit is in dev mode/;

const frames: HTMLIFrameElement[] = [];

async function waitFor(condition: () => boolean, what: string, timeout = 10000): Promise<void> {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Waits until every widget in the page, nested ones too, is defined and rendered. */
async function settled(doc: Document): Promise<void> {
  const win = doc.defaultView!;
  await waitFor(() => widgetsIn(doc).length > 0 && widgetsIn(doc).every((widget) => win.customElements.get(widget.localName)), 'the widgets to be defined');
  for (let round = 0; round < 10; round += 1) {
    const done = await Promise.all(widgetsIn(doc).map((widget) => widget.updateComplete));
    if (done.every(Boolean) && widgetsIn(doc).every((widget) => widget.hasUpdated)) break;
  }
  await doc.fonts.ready;
}

async function open(path: string, width = 800, height = 2600): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = String(height);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const win = frame.contentWindow as ProbedWindow;
  const doc = frame.contentDocument!;
  await settled(doc);
  return { frame, win, doc, probe: win.__shnProbe };
}

/** Text of a widget and the widgets nested in it, whitespace folded. */
function deepText(widget: Element): string {
  return [widget, ...shadowElements(widget).filter((element) => element.localName.startsWith('shn-'))]
    .map((element) => element.shadowRoot?.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function widgetProblems(doc: Document): string[] {
  return widgetsIn(doc).flatMap((widget) => {
    const problems = [...markupProblems(widget), ...linkProblems(widget)];
    if (!widget.shadowRoot || deepText(widget) === '') problems.push('rendered nothing');
    return problems.map((problem) => `<${widget.localName}>: ${problem}`);
  });
}

function assertNone(problems: string[], context: string): void {
  if (problems.length > 0) throw new Error(`${context}:\n  ${problems.join('\n  ')}`);
}

/** Types into the first searchable situation list and answers how many situations it then shows. */
async function search(doc: Document, words: string): Promise<number> {
  const list = widgetsIn(doc).find((widget) => widget.localName === 'shn-situation-list' && widget.hasAttribute('searchable'))!;
  const input = list.shadowRoot!.querySelector('input')!;
  input.value = words;
  input.dispatchEvent(new (doc.defaultView as typeof globalThis).InputEvent('input', { bubbles: true, composed: true }));
  await list.updateComplete;
  return list.shadowRoot!.querySelectorAll('[part~="item"]').length;
}

/** The list's search finds and misses as it should, and the page heard no violation, error or warning. */
async function expectSearchWorksQuietly(doc: Document, probe: Probe): Promise<void> {
  expect(await search(doc, 'fraude')).to.be.greaterThan(0);
  expect(await search(doc, 'zzzzzz')).to.equal(0);
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(probe.violations).to.deep.equal([]);
  expect(probe.errors).to.deep.equal([]);
  expect(probe.warnings).to.deep.equal([]);
}

afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

before(async () => {
  const response = await fetch('/dist/cdn/shn-widgets.js', { method: 'HEAD' });
  if (!response.ok) throw new Error('dist/cdn/shn-widgets.js is missing: run "npm run build" before the tests.');
});

describe('hostile global CSS', () => {
  // Properties that reach a shadow root by inheritance, plus what makes text readable, and the box size.
  const COMPARED = [
    'font-size', 'line-height', 'font-family', 'font-weight', 'font-style', 'font-variant-caps', 'color',
    '-webkit-text-fill-color', 'text-decoration-line', 'text-transform', 'letter-spacing', 'word-spacing',
    'text-indent', 'text-shadow', 'text-align', 'direction', 'white-space', 'word-break', 'visibility',
    'display', 'list-style-type', 'box-sizing',
  ];

  function snapshot(doc: Document): Map<string, string> {
    const values = new Map<string, string>();
    widgetsIn(doc).forEach((widget, w) => {
      shadowElements(widget).forEach((element, e) => {
        const style = styleOf(element);
        const key = `${w}:<${widget.localName}> ${e}:<${element.localName}${element.getAttribute('part') ? ` part=${element.getAttribute('part')}` : ''}>`;
        for (const property of COMPARED) values.set(`${key} ${property}`, style.getPropertyValue(property));
        const { width, height } = element.getBoundingClientRect();
        values.set(`${key} size`, `${Math.round(width)}×${Math.round(height)}`);
      });
    });
    return values;
  }

  for (const variant of ['ltr', 'rtl']) {
    it(`keeps the widgets' size, readability and contrast (${variant} page)`, async function () {
      this.timeout(30000);
      await setViewport({ width: 1640, height: 1200 });
      const clean = await open('/test/embedding/pages/widgets.html');
      const hostile = await open('/test/embedding/pages/widgets.html');
      const link = hostile.doc.createElement('link');
      link.rel = 'stylesheet';
      link.href = '/test/embedding/pages/hostile.css';
      await new Promise((resolve, reject) => {
        link.onload = resolve;
        link.onerror = reject;
        hostile.doc.head.append(link);
      });
      if (variant === 'rtl') hostile.doc.body.classList.add('rtl');
      // The hostile rules do reach the page itself.
      expect(styleOf(hostile.doc.body).textTransform).to.equal('uppercase');
      expect(styleOf(hostile.doc.documentElement).fontSize).to.equal('10px');

      const expected = snapshot(clean.doc);
      const actual = snapshot(hostile.doc);
      expect(actual.size, 'same widgets in both pages').to.equal(expected.size);
      const differences = [...expected].filter(([key, value]) => actual.get(key) !== value).map(([key, value]) => `${key}: ${value} → ${actual.get(key)}`);
      await saveScreenshot(`embedding-hostile-css-${variant}`);
      assertNone(differences.slice(0, 40), `${differences.length} computed values differ between the clean and the hostile page`);

      // And on their own terms: readable size and spacing, real link colours, AA contrast.
      const problems: string[] = [];
      for (const widget of widgetsIn(hostile.doc)) {
        problems.push(...contrastProblems(widget));
        for (const element of shadowElements(widget)) {
          const style = styleOf(element);
          const hasText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');
          if (!hasText || element.getClientRects().length === 0 || (element as HTMLElement).offsetWidth <= 1) continue;
          const size = parseFloat(style.fontSize);
          if (size < 14) problems.push(`<${element.localName}> "${element.textContent!.trim().slice(0, 20)}" is ${size}px`);
          if (parseFloat(style.lineHeight) < 1.2 * size) problems.push(`<${element.localName}> has line-height ${style.lineHeight} at ${size}px`);
          if (element.localName === 'a') {
            const [r, g, b] = parseColor(style.color) ?? [];
            if (r === 255 && g === 0 && b === 0) problems.push(`a link is red: ${element.textContent}`);
            if (!style.textDecorationLine.includes('underline') && !element.classList.contains('cta')) problems.push(`a link is not underlined: ${element.textContent}`);
          }
        }
      }
      assertNone(problems, 'readability in the hostile page');
      expect(widgetProblems(hostile.doc)).to.deep.equal([]);
      expect(hostile.probe.errors).to.deep.equal([]);
    });
  }
});

describe('a strict Content-Security-Policy', () => {
  it('is really sent as a header for the fixture page', async () => {
    const response = await fetch('/test/embedding/csp/page.html');
    expect(response.headers.get('content-security-policy')).to.equal(STRICT_CSP);
    expect(await response.text(), 'no inline script or style in the fixture').not.to.match(/<script(?![^>]*\ssrc=)|<style|\sstyle=/);
  });

  it('causes zero violations, and all three elements render styled and work', async function () {
    this.timeout(20000);
    const { doc, probe } = await open('/test/embedding/csp/page.html');
    expect(widgetsIn(doc).map((widget) => widget.localName)).to.include.members(TAGS);
    assertNone(widgetProblems(doc), 'widgets under CSP');
    for (const widget of widgetsIn(doc)) {
      // Styled through adopted style sheets: a fallback to <style> elements would be blocked by style-src.
      expect(widget.shadowRoot!.querySelector('style'), `<${widget.localName}> has a <style>`).to.equal(null);
      expect(styleOf(widget.shadowRoot!.querySelector('.base')!).fontSize, `<${widget.localName}> is styled`).to.equal('16px');
    }
    await expectSearchWorksQuietly(doc, probe);

    // The policy is enforced and the probe hears violations: an inline <style> is refused and reported.
    const style = doc.createElement('style');
    style.textContent = 'body { color: red; }';
    doc.head.append(style);
    await waitFor(() => probe.violations.length > 0, 'the canary violation');
    expect(probe.violations[0]).to.match(/^style-src/);
  });
});

describe('a strict Content-Security-Policy with Trusted Types (regression)', () => {
  const PAGE = '/test/embedding/csp/trusted-types.html';

  it('is really sent as a header, allowing only the lit-html policy', async () => {
    const response = await fetch(PAGE);
    expect(response.headers.get('content-security-policy')).to.equal(`${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types lit-html`);
  });

  it('causes zero violations, and all three elements render and work', async function () {
    this.timeout(20000);
    const { doc, probe } = await open(PAGE);
    expect(widgetsIn(doc).map((widget) => widget.localName)).to.include.members(TAGS);
    assertNone(widgetProblems(doc), 'widgets under Trusted Types');
    await expectSearchWorksQuietly(doc, probe);
  });

  itWhere(['trusted types'], 'the page really enforces Trusted Types: a string into innerHTML is refused and reported', async function () {
    this.timeout(20000);
    const { doc, probe } = await open(PAGE);
    const target = doc.createElement('div');
    expect(() => {
      target.innerHTML = '<b>not trusted</b>';
    }).to.throw();
    await waitFor(() => probe.violations.length > 0, 'the canary violation');
    expect(probe.violations[0]).to.match(/^require-trusted-types-for/);
  });
});

describe('two copies on one page', () => {
  async function checkCoexistence(path: string): Promise<Page> {
    const page = await open(path);
    expect(page.probe.errors, 'exceptions and console errors').to.deep.equal([]);
    const warnings = page.probe.warnings.filter((warning) => !LIT_DEV_NOTICE.test(warning));
    expect(warnings.length, `at most one warning: ${JSON.stringify(warnings)}`).to.be.at.most(1);
    assertNone(widgetProblems(page.doc), path);
    for (const tag of TAGS) {
      expect((page.win.customElements.get(tag) as unknown as { shnVersion?: string }).shnVersion, tag).to.equal(VERSION);
    }
    expect(await search(page.doc, 'inbraak')).to.be.greaterThan(0);
    return page;
  }

  it('the CDN bundle twice, from two URLs', async function () {
    this.timeout(20000);
    const page = await checkCoexistence('/test/embedding/pages/two-copies.html');
    const scripts = page.win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    // Really two copies: the second URL's entries were loaded, each a whole copy (its own Lit and elements,
    // since every CDN entry holds all its page's static code in one file).
    expect(scripts).to.include.members(['/test/embedding/second-cdn/shn-widgets.js', '/test/embedding/second-cdn/shn-contact-status.js']);
  });

  for (const order of ['npm-first', 'cdn-first']) {
    it(`the CDN bundle beside the npm build (${order})`, async function () {
      this.timeout(20000);
      await checkCoexistence(`/test/embedding/pages/beside-npm.html?order=${order}`);
    });
  }

  it('a site built with its own Lit, using the widgets inside its own components', async function () {
    this.timeout(20000);
    const page = await open('/test/embedding/pages/own-lit.html');
    expect(page.probe.errors).to.deep.equal([]);
    expect(page.probe.warnings.filter((warning) => !LIT_DEV_NOTICE.test(warning)).length).to.be.at.most(1);
    const app = page.doc.querySelector('gemeente-app') as HTMLElement & { updateComplete: Promise<unknown> };
    const button = app.shadowRoot!.querySelector('button')!;
    button.click();
    await app.updateComplete;
    expect(button.textContent).to.equal('Clicked 1');
    const inApp = widgetsIn(app.shadowRoot!);
    expect(inApp.map((widget) => widget.localName)).to.include.members(['shn-situation-list', 'shn-referral-card']);
    assertNone(widgetProblems(page.doc), 'widgets beside the site’s Lit');
    // The page is English; the widgets inside the site's shadow root follow it.
    expect(deepText(inApp.find((widget) => widget.localName === 'shn-referral-card')!)).to.contain('Voor de Helpers');
    expect(deepText(page.doc.querySelector('shn-contact-status')!)).to.contain('Closed now');
  });
});

describe('zero footprint', () => {
  it('no requests beyond the bundle, no cookies, no storage, nothing added outside the widgets', async function () {
    this.timeout(20000);
    const { win, doc, probe } = await open('/test/embedding/pages/widgets.html');
    // Use them as a visitor would: search, and switch the page language.
    expect(await search(doc, 'fraude')).to.be.greaterThan(0);
    doc.documentElement.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve, 20));
    await settled(doc);
    doc.documentElement.lang = 'nl';
    await new Promise((resolve) => setTimeout(resolve, 20));
    await settled(doc);

    const requests = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name));
    const pageOwn = ['/test/embedding/pages/probe.js', '/test/embedding/pages/page.css'];
    const foreign = requests.filter((url) => url.origin !== location.origin || !(url.pathname.startsWith('/dist/cdn/') || pageOwn.includes(url.pathname)));
    expect(foreign.map(String), 'requests other than the bundle and its chunks').to.deep.equal([]);
    expect(requests.filter((url) => url.pathname.startsWith('/dist/cdn/')).every((url) => url.pathname.endsWith('.js'))).to.equal(true);
    expect(probe.network, 'network APIs used').to.deep.equal([]);
    expect(doc.cookie).to.equal('');
    expect(probe.cookies).to.deep.equal([]);
    expect(probe.storage, 'storage writes').to.deep.equal([]);
    expect(win.localStorage.length + win.sessionStorage.length).to.equal(0);

    // DOM changes outside the widgets, other than the test's own lang switch.
    const outside = probe.mutations.filter((mutation) => !/^attributes on <html>: lang=/.test(mutation));
    expect(outside, 'DOM changes outside the widgets').to.deep.equal([]);
    expect(doc.head.querySelectorAll('style').length, '<style> in <head>').to.equal(0);
    expect(doc.adoptedStyleSheets.length, 'style sheets adopted by the document').to.equal(0);
    expect(probe.htmlLang).to.equal('nl');

    // Globals: only Lit's own version registers (and the probe).
    const added = Object.getOwnPropertyNames(win).filter((name) => !probe.globalsBefore.includes(name));
    const allowed = ['__shnProbe', 'litElementVersions', 'litHtmlVersions', 'reactiveElementVersions', 'litPropertyMetadata'];
    expect(added.filter((name) => !allowed.includes(name)), 'globals added').to.deep.equal([]);
    expect(probe.errors).to.deep.equal([]);
    expect(probe.warnings).to.deep.equal([]);
  });
});

describe('lang changes at run time', () => {
  /** What each widget shows when rendered fresh under `lang`, for comparison. */
  async function freshTexts(doc: Document, lang: string): Promise<string[]> {
    const holder = doc.createElement('div');
    holder.lang = lang;
    for (const widget of widgetsIn(doc).filter((element) => element.parentElement?.id === 'content')) {
      holder.append(widget.cloneNode(true));
    }
    doc.body.append(holder);
    await settled(doc);
    const texts = [...holder.children].map(deepText);
    holder.remove();
    return texts;
  }

  it('all three follow a change of <html lang> and of a nearer ancestor, nested widgets too', async function () {
    this.timeout(20000);
    const { doc } = await open('/test/embedding/pages/widgets.html');
    const main = doc.getElementById('content')!;
    const widgets = widgetsIn(doc).filter((element) => element.parentElement === main);
    expect(widgets.map((widget) => widget.localName)).to.include.members(TAGS);
    const dutch = widgets.map(deepText);
    const english = await freshTexts(doc, 'en');
    expect(english, 'the English texts differ from the Dutch').not.to.deep.equal(dutch);

    const current = async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      await settled(doc);
      return widgets.map(deepText);
    };

    doc.documentElement.lang = 'en';
    expect(await current(), 'after <html lang="en">').to.deep.equal(english);
    doc.documentElement.lang = 'nl';
    expect(await current(), 'after <html lang="nl">').to.deep.equal(dutch);
    main.lang = 'en-GB';
    expect(await current(), 'after <main lang="en-GB">').to.deep.equal(english);
    main.removeAttribute('lang');
    expect(await current(), 'after removing lang from <main>').to.deep.equal(dutch);
  });
});

