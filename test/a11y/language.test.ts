import { expect } from '@open-wc/testing';
import '../../src/define/index.js';
import { FRIDAY_21, TUESDAY_10 } from '../support/instants.js';
import { mountIn } from './mount-in.js';
import { readAloud, type Phrase } from './speech.js';


/** One of each state whose words differ, across the three elements. */
const STATES = [
  '<shn-contact-status audience="public"></shn-contact-status>',
  `<shn-contact-status audience="professional" now="${TUESDAY_10}"></shn-contact-status>`,
  `<shn-contact-status audience="professional" now="${FRIDAY_21}"></shn-contact-status>`,
  '<shn-situation-list heading="—" searchable></shn-situation-list>',
  '<shn-situation-list searchable query="qqqq"></shn-situation-list>',
  '<shn-referral-card audience="victim" situation="burglary"></shn-referral-card>',
  '<shn-referral-card audience="helper"></shn-referral-card>',
  `<shn-referral-card audience="municipality" domain="crisis" now="${FRIDAY_21}"></shn-referral-card>`,
  `<shn-referral-card audience="professional" now="${TUESDAY_10}"></shn-referral-card>`,
];

/**
 * Text that reads the same in Dutch and English: numbers, web addresses, the organisation's and other
 * proper names (3.1.2 exempts them), punctuation, the "—" heading these tests set, and what speech.ts says about structure
 * ("list, 3 items", "end of list"), which a screen reader says in the visitor's own language.
 */
const LANGUAGE_NEUTRAL =
  /^((link, )?([\d\s\-–.,:+()/]+|[\w.-]+\.nl|—|Slachtofferhulp( Nederland)?|GGD GHOR)|heading, level \d, —|list, (—, )?\d+ items|end of \w+)$/;

async function read(lang: string, markup: string): Promise<Phrase[]> {
  const wrapper = await mountIn(lang, markup);
  try {
    return readAloud(wrapper);
  } finally {
    wrapper.remove();
  }
}

describe('language of the widgets\' text', () => {
  for (const markup of STATES) {
    const tag = /^<(shn-[a-z-]+)/.exec(markup)![1];
    it(`${tag}: every phrase is declared in the language it is written in, Dutch and English (${markup.slice(0, 70)}) @wcag 3.1.1 3.1.2`, async () => {
      const dutch = await read('nl', markup);
      const english = await read('en', markup);
      expect(dutch.filter((phrase) => phrase.lang !== 'nl').map((phrase) => phrase.text), 'Dutch page').to.deep.equal([]);
      // A phrase that is the same in the Dutch rendering is untranslated Dutch unless it is neutral or marked lang="nl".
      const dutchTexts = new Set(dutch.map((phrase) => phrase.text));
      const untranslated = english.filter((phrase) => dutchTexts.has(phrase.text) && !LANGUAGE_NEUTRAL.test(phrase.text) && phrase.lang !== 'nl');
      expect(untranslated.map((phrase) => phrase.text), 'Dutch text in the English rendering without lang="nl"').to.deep.equal([]);
      expect(english.filter((phrase) => !['en', 'nl'].includes(phrase.lang)).map((phrase) => phrase.text)).to.deep.equal([]);
    });
  }

  it('an element\'s own lang wins over the page\'s, and its phrases are declared in it @wcag 3.1.2', async () => {
    const phrases = await read('nl', '<p>Hulp nodig?</p><shn-contact-status audience="public" lang="en"></shn-contact-status>');
    expect(phrases[0]).to.deep.equal({ text: 'Hulp nodig?', lang: 'nl' });
    expect(phrases.slice(1).map((phrase) => phrase.lang)).to.deep.equal(['en', 'en', 'en', 'en', 'en', 'en', 'en']);
    expect(phrases[1].text).to.equal('Available day and night');
  });

  // Found as defect C and fixed (see docs/accessibility.md): before the fix, the English emergency route cites the Dutch words "piketdienst" and
  // "meldkamer" in brackets without lang="nl", so an English voice mispronounces them.
  it('English text that cites Dutch words marks them lang="nl", in shn-contact-status and in the shn-referral-card that nests it @wcag 3.1.2', async () => {
    const phrases = await read('en', `<shn-contact-status audience="professional" now="${FRIDAY_21}"></shn-contact-status>`);
    expect(phrases).to.deep.include({ text: 'piketdienst', lang: 'nl' });
    expect(phrases).to.deep.include({ text: 'meldkamer', lang: 'nl' });
  });
});
