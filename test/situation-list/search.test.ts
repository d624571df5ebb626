import { expect } from '@open-wc/testing';
import { sendKeys } from '../support/commands.js';
import sinon from 'sinon';
import { SITUATION_IDS } from '../../src/content/index.js';
import { countText, part, shownIds, situationList, text, typeQuery } from './helpers.js';
import { expectDangerLine, expectNoDangerLine } from '../support/danger-line.js';

describe('<shn-situation-list searchable>', () => {
  afterEach(() => sinon.restore());

  it('has a labelled search box above the list', async () => {
    const element = await situationList('searchable');
    const search = part(element, 'search')!;
    const input = part(element, 'input') as HTMLInputElement;
    expect(search.contains(input)).to.equal(true);
    expect(input.type).to.equal('search');
    expect(input.labels).to.have.length(1);
    expect(text(input.labels![0])).to.equal('Zoek een situatie');
    expect(search.contains(input.labels![0])).to.equal(true);
    // Above the list in reading order.
    expect(search.compareDocumentPosition(part(element, 'list')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(shownIds(element)).to.deep.equal([...SITUATION_IDS]);
  });

  it('labels the box in English', async () => {
    const element = await situationList('searchable', 'en');
    expect(text((part(element, 'input') as HTMLInputElement).labels![0])).to.equal('Find a situation');
  });

  it('narrows the list as you type, whatever the case or accents', async () => {
    const element = await situationList('searchable');
    const cases: Record<string, string[]> = {
      zelfdoding: ['suicide'],
      Zelfdoding: ['suicide'],
      ZELFMOORD: ['suicide'],
      'suïcide': ['suicide'],
      suicide: ['suicide'],
      oplichting: ['fraud'],
      fraude: ['fraud'],
      'Fraudé': ['fraud'],
      'ik ben opgelicht': ['fraud'],
      inbraak: ['burglary'],
      ongeluk: ['workplace-accidents', 'traffic-accidents'],
      dood: ['violence', 'traffic-accidents', 'body-discovery'],
    };
    for (const [query, ids] of Object.entries(cases)) {
      await typeQuery(element, query);
      expect(shownIds(element), query).to.deep.equal(ids);
    }
  });

  it('filters with real typing, and the count follows', async () => {
    const element = await situationList('searchable');
    (part(element, 'input') as HTMLInputElement).focus();
    await sendKeys({ type: 'zelfdoding' });
    await element.updateComplete;
    expect(shownIds(element)).to.deep.equal(['suicide']);
    expect(element.query).to.equal('zelfdoding');
    expect(countText(element)).to.equal('1 situatie');
  });

  it('says how many situations it shows, in a polite live region, only after the words change', async () => {
    const element = await situationList('searchable');
    const count = part(element, 'count')!;
    expect(count.getAttribute('role')).to.equal('status');
    expect(countText(element)).to.equal('');
    await typeQuery(element, 'dood');
    expect(countText(element)).to.equal('3 situaties');
    await typeQuery(element, 'inbraak');
    expect(countText(element)).to.equal('1 situatie');
    await typeQuery(element, '');
    expect(countText(element)).to.equal('14 situaties');
  });

  it('counts in English', async () => {
    const element = await situationList('searchable', 'en');
    await typeQuery(element, 'dood');
    expect(countText(element)).to.equal('3 situations');
    await typeQuery(element, 'burglary');
    expect(countText(element)).to.equal('1 situation');
  });

  it('says nothing on first render, even with preset words', async () => {
    const element = await situationList('searchable query="Zelfdoding"');
    expect(shownIds(element)).to.deep.equal(['suicide']);
    expect((part(element, 'input') as HTMLInputElement).value).to.equal('Zelfdoding');
    expect(countText(element)).to.equal('');
  });

  it('recounts when the query property is set by the page', async () => {
    const element = await situationList('searchable');
    element.query = 'fraude';
    await element.updateComplete;
    expect((part(element, 'input') as HTMLInputElement).value).to.equal('fraude');
    expect(shownIds(element)).to.deep.equal(['fraud']);
    expect(countText(element)).to.equal('1 situatie');
  });

  it('shows every situation until there are three letters', async () => {
    const element = await situationList('searchable');
    await typeQuery(element, 'z');
    expect(shownIds(element)).to.have.length(14);
    await typeQuery(element, ' ze ');
    expect(shownIds(element)).to.have.length(14);
    await typeQuery(element, 'zel');
    expect(shownIds(element)).to.deep.equal(['suicide']);
  });

  it('searches within the chosen situations only', async () => {
    const element = await situationList('searchable audience="professional"');
    await typeQuery(element, 'ongeluk');
    expect(shownIds(element)).to.deep.equal(['workplace-accidents']);
    expect(countText(element)).to.equal('1 situatie');
  });

  it('when nothing matches: says so, offers the phone number as a tel: link, and shows no empty list', async () => {
    const element = await situationList('searchable');
    await typeQuery(element, 'xyz');
    expect(part(element, 'list')).to.equal(null);
    expect(element.shadowRoot!.querySelector('ul, li')).to.equal(null);
    const empty = part(element, 'empty')!;
    expect(text(empty)).to.equal(
      'Geen situatie gevonden voor “xyz”. Probeer een ander woord. Of bel 0900-0101. Wij kijken samen met u welke hulp bij u past. Bij direct gevaar: bel 112.',
    );
    const phone = empty.querySelector('a')!;
    expect(phone.getAttribute('href')).to.equal('tel:09000101');
    expect(text(phone)).to.equal('bel 0900-0101');
    expect(countText(element)).to.equal('0 situaties');
    expectDangerLine(element, 'nl');
    await expect(element).to.be.accessible();
  });

  it('when nothing matches, in English', async () => {
    const element = await situationList('searchable query="xyz"', 'en');
    expect(text(part(element, 'empty'))).to.equal(
      'No situation found for “xyz”. Try another word. Or call 0900-0101. We will help you find the right support. In immediate danger: call 112.',
    );
    expectDangerLine(element, 'en');
    await expect(element).to.be.accessible();
  });

  it('shows typed markup as text, never as HTML', async () => {
    const element = await situationList('searchable');
    await typeQuery(element, '<img src=x onerror=alert(1)>');
    expect(part(element, 'empty')!.querySelector('img')).to.equal(null);
    expect(text(part(element, 'empty'))).to.contain('“<img src=x onerror=alert(1)>”');
  });

  it('Enter in the box submits no form and changes nothing', async () => {
    const form = document.createElement('form');
    const submit = sinon.spy((event: Event) => event.preventDefault());
    form.addEventListener('submit', submit);
    form.innerHTML = '<input name="other"><shn-situation-list searchable></shn-situation-list><button>Verstuur</button>';
    document.body.append(form);
    try {
      const element = form.querySelector('shn-situation-list')!;
      await element.updateComplete;
      const input = part(element, 'input') as HTMLInputElement;
      input.focus();
      await sendKeys({ type: 'fraude' });
      const keydowns: KeyboardEvent[] = [];
      document.addEventListener('keydown', (event) => keydowns.push(event as KeyboardEvent), { once: true });
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(submit.callCount).to.equal(0);
      expect(keydowns[0].defaultPrevented).to.equal(true);
      expect(shownIds(element)).to.deep.equal(['fraud']);
      expect(element.shadowRoot!.activeElement === input, 'focus on the search box').to.equal(true);
    } finally {
      form.remove();
    }
  });

  it('ignores query without searchable', async () => {
    const element = await situationList('query="fraude"');
    expect(shownIds(element)).to.have.length(14);
    expect(part(element, 'input')).to.equal(null);
  });

  it('shows 112 only when nothing matches: not beside a list of situations', async () => {
    const element = await situationList('searchable');
    expectNoDangerLine(element);
    await typeQuery(element, 'inbraak');
    expectNoDangerLine(element);
    await typeQuery(element, 'xyz');
    expectDangerLine(element, 'nl');
  });
});
