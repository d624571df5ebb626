import { expect } from '@open-wc/testing';
import { SUICIDE_PREVENTION_LINE, isSafeHref } from '../../src/content/index.js';
import { item, part, parts, situationList, text, typeQuery } from './helpers.js';

describe('content: SUICIDE_PREVENTION_LINE', () => {
  it('holds the sourced facts of 113 Zelfmoordpreventie', () => {
    expect(SUICIDE_PREVENTION_LINE.name).to.equal('113 Zelfmoordpreventie');
    expect(SUICIDE_PREVENTION_LINE.phones).to.deep.equal([
      { display: '113', href: 'tel:113' },
      { display: '0800-0113', href: 'tel:08000113' },
    ]);
    expect(SUICIDE_PREVENTION_LINE.chat).to.deep.equal({ display: '113.nl', href: 'https://www.113.nl/' });
    expect(SUICIDE_PREVENTION_LINE.free).to.equal(true);
    expect(SUICIDE_PREVENTION_LINE.alwaysOpen).to.equal(true);
  });

  it('has only safe links, and a one-question prompt in every locale', () => {
    for (const { href } of [...SUICIDE_PREVENTION_LINE.phones, SUICIDE_PREVENTION_LINE.chat]) expect(isSafeHref(href), href).to.equal(true);
    expect(SUICIDE_PREVENTION_LINE.question).to.deep.equal({
      nl: 'Denkt u zelf aan zelfdoding?',
      en: 'Are you thinking about suicide yourself?',
    });
  });

  it('cannot be changed by one element for all the others', () => {
    expect(() => {
      (SUICIDE_PREVENTION_LINE.phones[0] as { href: string }).href = 'tel:112';
    }).to.throw(TypeError);
    expect(SUICIDE_PREVENTION_LINE.phones[0].href).to.equal('tel:113');
  });
});

describe('<shn-situation-list> 113 line under suicide', () => {
  it('shows the line under the suicide situation only, with tel: and https: links', async () => {
    const element = await situationList();
    const crisis = parts(element, 'crisis');
    expect(crisis).to.have.length(1);
    expect(crisis[0].closest('[part~="item"]')).to.equal(item(element, 'suicide'));
    expect(text(crisis[0])).to.equal(
      'Denkt u zelf aan zelfdoding? Praat erover met 113 Zelfmoordpreventie. Dat is gratis en kan dag en nacht. Bel 113 Bel 0800-0113 Chat via 113.nl',
    );
    const links = Array.from(crisis[0].querySelectorAll('a')).map((a) => [a.getAttribute('href'), text(a)]);
    expect(links).to.deep.equal([
      ['tel:113', 'Bel 113'],
      ['tel:08000113', 'Bel 0800-0113'],
      ['https://www.113.nl/', 'Chat via 113.nl'],
    ]);
    // Below the situation's own sentence.
    const description = crisis[0].parentElement!.querySelector('[part~="description"]')!;
    expect(description.compareDocumentPosition(crisis[0]) & Node.DOCUMENT_POSITION_FOLLOWING).not.to.equal(0);
  });

  it('in English', async () => {
    const element = await situationList('', 'en');
    expect(text(part(element, 'crisis'))).to.equal(
      'Are you thinking about suicide yourself? Talk about it with 113 Suicide Prevention. It is free, day and night. Call 113 Call 0800-0113 Chat at 113.nl',
    );
  });

  it('is there when someone searches for zelfmoord', async () => {
    const element = await situationList('searchable');
    await typeQuery(element, 'zelfmoord');
    expect(parts(element, 'item')).to.have.length(1);
    expect(text(part(element, 'crisis'))).to.contain('Bel 113 Bel 0800-0113');
  });

  it('is absent when suicide is not shown', async () => {
    const element = await situationList('situations="fraud,burglary"');
    expect(part(element, 'crisis')).to.equal(null);
  });
});
