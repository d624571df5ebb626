import { expect } from '@open-wc/testing';
import { setViewport } from '../support/commands.js';
import sinon from 'sinon';
import { item, part, parts, situationList, typeQuery } from './helpers.js';

const lefts = (element: Element) => new Set(parts(element, 'item').map((item) => Math.round(item.getBoundingClientRect().left)));

describe('<shn-situation-list> layout and styling', () => {
  afterEach(async () => {
    sinon.restore();
    await setViewport({ width: 800, height: 600 });
  });

  it('lists the situations one under the other by default', async () => {
    await setViewport({ width: 1200, height: 800 });
    const element = await situationList();
    expect(part(element, 'list')!.localName).to.equal('ul');
    expect(lefts(element).size).to.equal(1);
  });

  it('layout="grid" shows columns on a wide screen', async () => {
    await setViewport({ width: 1200, height: 800 });
    const element = await situationList('layout="grid"');
    expect(lefts(element).size).to.be.greaterThan(1);
  });

  it('layout="grid" reflows to one column at 320 px, without sideways scrolling', async () => {
    await setViewport({ width: 320, height: 800 });
    const element = await situationList('layout="grid" searchable heading="Waarmee helpen wij?"');
    const list = part(element, 'list')!;
    expect(lefts(element).size).to.equal(1);
    for (const item of parts(element, 'item')) {
      expect(Math.round(item.getBoundingClientRect().width)).to.equal(Math.round(list.getBoundingClientRect().width));
    }
    expect(element.scrollWidth).to.be.at.most(320);
    expect(part(element, 'base')!.scrollWidth).to.be.at.most(part(element, 'base')!.clientWidth);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('the list layout does not scroll sideways at 320 px either, also with the empty message', async () => {
    await setViewport({ width: 320, height: 800 });
    const element = await situationList('searchable');
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await typeQuery(element, 'een-heel-lang-woord-zonder-spaties-dat-niet-past');
    expect(part(element, 'empty')).not.to.equal(null);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('an unknown layout warns once and falls back to list', async () => {
    const warn = sinon.stub(console, 'warn');
    await setViewport({ width: 1200, height: 800 });
    const element = await situationList('layout="cards"');
    element.requestUpdate();
    await element.updateComplete;
    expect(lefts(element).size).to.equal(1);
    expect(warn.callCount).to.equal(1);
    expect(warn.firstCall.args[0]).to.contain('<shn-situation-list>').and.contain('layout="cards"').and.contain('"list"');
  });

  it('makes every link and the search box at least 44 px tall', async () => {
    const element = await situationList('searchable');
    for (const link of element.shadowRoot!.querySelectorAll('a')) {
      expect(link.getBoundingClientRect().height, link.textContent!).to.be.at.least(44);
    }
    expect(part(element, 'input')!.getBoundingClientRect().height).to.be.at.least(44);
    await typeQuery(element, 'xyz');
    expect(part(element, 'empty')!.querySelector('a')!.getBoundingClientRect().height).to.be.at.least(44);
  });

  it('makes the whole card a click target for its one link', async () => {
    const element = await situationList();
    const fraud = item(element, 'fraud')!;
    const description = fraud.querySelector('[part~="description"]')!;
    const box = description.getBoundingClientRect();
    const hit = element.shadowRoot!.elementFromPoint(box.left + 5, box.top + box.height / 2);
    expect(hit).to.equal(fraud.querySelector('[part~="link"]'));
    // The 113 links stay clickable on their own.
    const chat = part(element, 'crisis')!.querySelector('a[href^="https"]')!;
    const chatBox = chat.getBoundingClientRect();
    chat.scrollIntoView();
    const chatBoxNow = chat.getBoundingClientRect();
    expect(element.shadowRoot!.elementFromPoint(chatBoxNow.left + 2, chatBoxNow.top + chatBoxNow.height / 2)).to.equal(chat);
    expect(chatBox.width).to.be.greaterThan(0);
  });

  it('takes its theme from the documented custom properties', async () => {
    const element = await situationList('searchable');
    element.style.setProperty('--shn-situation-list-item-border-color', 'rgb(200, 0, 0)');
    element.style.setProperty('--shn-situation-list-item-background-color', 'rgb(250, 250, 240)');
    element.style.setProperty('--shn-situation-list-link-color', 'rgb(0, 80, 0)');
    element.style.setProperty('--shn-situation-list-description-color', 'rgb(40, 40, 40)');
    element.style.setProperty('--shn-situation-list-input-border-color', 'rgb(0, 0, 200)');
    element.style.setProperty('--shn-situation-list-gap', '20px');
    const item = parts(element, 'item')[0];
    expect(getComputedStyle(item).borderTopColor).to.equal('rgb(200, 0, 0)');
    expect(getComputedStyle(item).backgroundColor).to.equal('rgb(250, 250, 240)');
    expect(getComputedStyle(part(element, 'link')!).color).to.equal('rgb(0, 80, 0)');
    expect(getComputedStyle(part(element, 'description')!).color).to.equal('rgb(40, 40, 40)');
    expect(getComputedStyle(part(element, 'input')!).borderTopColor).to.equal('rgb(0, 0, 200)');
    expect(getComputedStyle(part(element, 'list')!).rowGap).to.equal('20px');
  });

  it("keeps a hostile page's CSS out", async () => {
    const style = document.createElement('style');
    style.textContent = '* { line-height: 1 !important; color: red !important; font-size: 8px !important; } a { display: none !important; }';
    document.head.append(style);
    try {
      const element = await situationList();
      const link = part(element, 'link')!;
      expect(getComputedStyle(link).display).not.to.equal('none');
      expect(parseFloat(getComputedStyle(link).fontSize)).to.be.at.least(16);
      expect(getComputedStyle(link).color).not.to.equal('rgb(255, 0, 0)');
    } finally {
      style.remove();
    }
  });
});
