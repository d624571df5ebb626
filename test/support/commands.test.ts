import { expect } from '@open-wc/testing';
import { emulateMedia, ENGINE, itWhere, sendKeys, setViewport } from './commands.js';

/*
 * The test commands do what the tests rely on, in every engine (WebKit needs its own ways: see
 * test/support/commands-plugin.mjs and scripts/test/webkit.mjs).
 */
describe(`test commands (${ENGINE})`, () => {
  let input: HTMLInputElement | undefined;
  afterEach(async () => {
    input?.remove();
    await setViewport({ width: 800, height: 600 });
  });

  it('setViewport gives exactly the asked viewport, 320 px included', async () => {
    for (const [width, height] of [[320, 800], [1200, 800], [375, 667]]) {
      await setViewport({ width, height });
      expect([innerWidth, innerHeight], `${width} × ${height}`).to.deep.equal([width, height]);
      expect(matchMedia(`(width: ${width}px)`).matches, `(width: ${width}px)`).to.equal(true);
    }
  });

  it('typing keeps repeated letters and reaches the focused field', async () => {
    input = document.createElement('input');
    document.body.append(input);
    input.focus();
    await sendKeys({ type: 'inbraak, aanrijding' });
    expect(input.value).to.equal('inbraak, aanrijding');
  });

  it('the page has keyboard focus: Tab moves focus and :focus-visible matches', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    input = document.createElement('input');
    document.body.append(before, input);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.hasFocus(), 'document.hasFocus()').to.equal(true);
    expect(document.activeElement === input, 'Tab reached the field').to.equal(true);
    expect(input.matches(':focus-visible'), ':focus-visible').to.equal(true);
    await sendKeys({ press: 'Shift+Tab' });
    expect(document.activeElement === before, 'Shift+Tab went back').to.equal(true);
    before.remove();
  });

  itWhere(['media emulation'], 'emulateMedia switches a media feature on and off', async () => {
    expect(await emulateMedia('prefers-reduced-motion', 'reduce')).to.equal(true);
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
    expect(await emulateMedia('prefers-reduced-motion', '')).to.equal(true);
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(false);
  });
});
