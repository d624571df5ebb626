import { expect } from '@open-wc/testing';
import { sendKeys } from '../support/commands.js';
import { SITUATIONS, URLS, resetUrlOverrides, setUrlOverrides } from '../../src/content/index.js';
import type { SituationSelectDetail } from '../../src/situation-list/situation-list.component.js';
import { guardClicks, linkOf, part, parts, situationList } from './helpers.js';


describe('<shn-situation-list> choosing a situation', () => {
  let guard: ReturnType<typeof guardClicks>;
  let selected: CustomEvent<SituationSelectDetail>[];
  const record = (event: Event) => selected.push(event as CustomEvent<SituationSelectDetail>);

  beforeEach(() => {
    guard = guardClicks();
    selected = [];
    document.addEventListener('shn-situation-select', record);
  });

  afterEach(() => {
    guard.stop();
    document.removeEventListener('shn-situation-select', record);
    resetUrlOverrides();
  });

  it('fires a bubbling, composed, cancelable shn-situation-select with id and url, and follows the link', async () => {
    const element = await situationList();
    linkOf(element, 'fraud')!.click();
    expect(selected).to.have.length(1);
    const [event] = selected;
    expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
    expect(event.target).to.equal(element);
    expect(event.detail).to.deep.equal({ id: 'fraud', url: SITUATIONS.fraud.url });
    // Nobody cancelled it: the click goes on to the link's default action.
    expect(guard.clicks).to.have.length(1);
    expect(guard.clicks[0].prevented).to.equal(false);
  });

  it('gives the link as shown, with the site override', async () => {
    setUrlOverrides({ 'situation:robbery': 'https://www.gemeente.nl/overval' });
    const element = await situationList();
    linkOf(element, 'robbery')!.click();
    expect(selected[0].detail).to.deep.equal({ id: 'robbery', url: 'https://www.gemeente.nl/overval' });
    linkOf(element, 'burglary')!.click();
    expect(selected[1].detail).to.deep.equal({ id: 'burglary', url: URLS.home });
  });

  it('does not follow the link when a host cancels the event', async () => {
    const element = await situationList();
    element.addEventListener('shn-situation-select', (event) => event.preventDefault());
    linkOf(element, 'burglary')!.click();
    expect(selected).to.have.length(1);
    expect(guard.clicks[0].prevented).to.equal(true);
  });

  it('fires nothing for the 113 links', async () => {
    const element = await situationList();
    for (const link of part(element, 'crisis')!.querySelectorAll('a')) link.click();
    expect(selected).to.have.length(0);
    expect(guard.clicks.every((click) => !click.prevented)).to.equal(true);
  });

  it('keyboard: Tab to the box, type, Tab to the first link, Enter fires the event', async () => {
    const element = await situationList('searchable');
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    const input = part(element, 'input') as HTMLInputElement;
    expect(element.shadowRoot!.activeElement === input, 'focus on the search box').to.equal(true);
    expect(getComputedStyle(input).outlineStyle).not.to.equal('none');
    await sendKeys({ type: 'inbraak' });
    await element.updateComplete;
    await sendKeys({ press: 'Tab' });
    const link = linkOf(element, 'burglary')!;
    expect(element.shadowRoot!.activeElement === link, 'focus on the link').to.equal(true);
    expect(getComputedStyle(link).outlineStyle).not.to.equal('none');
    await sendKeys({ press: 'Enter' });
    expect(selected).to.have.length(1);
    expect(selected[0].detail.id).to.equal('burglary');
    expect(guard.clicks).to.have.length(1);
  });

  it('keyboard: Tab reaches every link in reading order, each with a visible focus ring', async () => {
    const element = await situationList();
    (document.activeElement as HTMLElement | null)?.blur();
    const links = Array.from(element.shadowRoot!.querySelectorAll('a'));
    expect(links).to.have.length(17);
    for (const link of links) {
      await sendKeys({ press: 'Tab' });
      expect(element.shadowRoot!.activeElement === link, 'focus on the link').to.equal(true);
      expect(getComputedStyle(link).outlineStyle, link.textContent!).not.to.equal('none');
    }
    expect(parts(element, 'link')).to.have.length(14);
  });
});
