import { expect } from '@open-wc/testing';
import {
  AUDIENCE_IDS,
  LOCALES,
  SITUATIONS,
  SITUATION_IDS,
  SITUATION_KEYWORDS,
  SITUATION_QUESTIONS,
  type SituationId,
} from '../../src/content/index.js';
import { isOneSentence, wordCount } from './text-rules.js';

// The factsheet's "In welke situaties" list, word for word, in its order.
const FACTSHEET_LABELS: Record<SituationId, string> = {
  violence: 'Geweldsdelicten',
  'sexual-offences': 'Zedenzaken',
  'stalking-threats': 'Stalking/bedreiging',
  fraud: 'Oplichting/onlinefraude',
  burglary: 'Woninginbraken',
  'workplace-accidents': 'Bedrijfsongevallen',
  'missing-persons': 'Vermissing',
  'traffic-accidents': 'Verkeersongevallen met letsel of dodelijke afloop',
  suicide: 'Zelfdoding',
  'disaster-crisis': 'Ramp/crisis',
  'body-discovery': 'Lijkvinding',
  robbery: 'Overvallen',
  'peer-support': 'Lotgenotencontact',
  'transgressive-behaviour': 'Grensoverschrijdend gedrag',
};

describe('content: situations', () => {
  it('lists the 14 situations in factsheet order, with the factsheet’s Dutch labels', () => {
    expect([...SITUATION_IDS]).to.deep.equal(Object.keys(FACTSHEET_LABELS));
    expect(Object.keys(SITUATIONS)).to.deep.equal([...SITUATION_IDS]);
    for (const id of SITUATION_IDS) {
      expect(SITUATIONS[id].id, id).to.equal(id);
      expect(SITUATIONS[id].label.nl, id).to.equal(FACTSHEET_LABELS[id]);
    }
  });

  it('gives every situation a label and a one-sentence description in every locale', () => {
    for (const id of SITUATION_IDS) {
      for (const locale of LOCALES) {
        const { label, description } = SITUATIONS[id];
        expect(label[locale].trim(), `${id} label ${locale}`).not.to.equal('');
        expect(isOneSentence(description[locale]), `${id} description ${locale}: ${description[locale]}`).to.equal(true);
        expect(wordCount(description[locale]), `${id} description ${locale}`).to.be.at.most(25);
      }
    }
  });

  it('speaks to the reader as "u" in Dutch and "you" in English', () => {
    for (const id of SITUATION_IDS) {
      expect(SITUATIONS[id].description.nl, id).to.match(/\bu\b/);
      expect(SITUATIONS[id].description.en, id).to.match(/\byou\b/i);
    }
  });

  it('gives every situation audiences, in AUDIENCE_IDS order, with helpers in all of them', () => {
    for (const id of SITUATION_IDS) {
      const { audiences } = SITUATIONS[id];
      expect(audiences.length, id).to.be.greaterThan(0);
      const order = audiences.map((a) => AUDIENCE_IDS.indexOf(a));
      expect(order, id).to.deep.equal([...order].sort((a, b) => a - b));
      expect(order, id).not.to.include(-1);
      expect(audiences, id).to.include('helper');
    }
  });

  it('links each audience to at least one situation', () => {
    for (const audience of AUDIENCE_IDS) {
      const count = SITUATION_IDS.filter((id) => SITUATIONS[id].audiences.includes(audience)).length;
      expect(count, audience).to.be.greaterThan(0);
    }
  });

  it('pairs the sensitive situations with the right people', () => {
    expect(SITUATIONS['missing-persons'].audiences).to.include('left-behind');
    expect(SITUATIONS.suicide.audiences).to.include('bereaved');
    expect(SITUATIONS.violence.audiences).to.include.members(['victim', 'witness', 'bereaved']);
    expect(SITUATIONS['disaster-crisis'].audiences).to.include.members(['municipality', 'professional']);
    expect(SITUATIONS['body-discovery'].audiences).to.include.members(['witness', 'professional']);
    expect(SITUATIONS['peer-support'].audiences).to.include.members(['victim', 'bereaved']);
  });

  it('has lower-case search words in both locales, including what residents type', () => {
    expect(Object.keys(SITUATION_KEYWORDS)).to.have.members([...SITUATION_IDS]);
    for (const id of SITUATION_IDS) {
      for (const locale of LOCALES) {
        const words = SITUATION_KEYWORDS[id][locale];
        expect(words.length, `${id} ${locale}`).to.be.greaterThan(1);
        for (const word of words) expect(word, `${id} ${locale}`).to.equal(word.toLowerCase().trim());
      }
    }
    expect(SITUATION_KEYWORDS.fraud.nl).to.include.members(['oplichting', 'fraude', 'online fraude', 'phishing', 'whatsapp-fraude']);
    expect(SITUATION_KEYWORDS.suicide.nl).to.include.members(['zelfdoding', 'zelfmoord']);
    expect(SITUATION_KEYWORDS['body-discovery'].nl).to.include.members(['lijkvinding', 'dode gevonden']);
  });

  it('has a short question per situation, ending in a question mark, in every locale', () => {
    expect(Object.keys(SITUATION_QUESTIONS)).to.have.members([...SITUATION_IDS]);
    for (const id of SITUATION_IDS) {
      for (const locale of LOCALES) {
        const question = SITUATION_QUESTIONS[id][locale];
        expect(isOneSentence(question), `${id} ${locale}`).to.equal(true);
        expect(question.endsWith('?'), `${id} ${locale}`).to.equal(true);
        expect(wordCount(question), `${id} ${locale}`).to.be.at.most(10);
      }
    }
    expect(SITUATION_QUESTIONS.fraud).to.deep.equal({ nl: 'Slachtoffer van oplichting?', en: 'Victim of fraud?' });
    expect(SITUATION_QUESTIONS.suicide.nl).to.equal('Iemand verloren door zelfdoding?');
    expect(SITUATION_QUESTIONS['missing-persons'].nl).to.equal('Wordt iemand vermist?');
  });

  it('cannot be changed by one element for all the others', () => {
    expect(() => {
      (SITUATIONS.fraud.label as { nl: string }).nl = 'Iets anders';
    }).to.throw(TypeError);
    expect(() => {
      (SITUATIONS.fraud.audiences as string[]).push('victim');
    }).to.throw(TypeError);
    expect(SITUATIONS.fraud.label.nl).to.equal('Oplichting/onlinefraude');
  });
});
