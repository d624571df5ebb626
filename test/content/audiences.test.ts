import { expect } from '@open-wc/testing';
import { AUDIENCES, AUDIENCE_IDS, LOCALES, REFERRALS, URLS } from '../../src/content/index.js';
import { isOneSentence, wordCount } from './text-rules.js';

describe('content: audiences and referrals', () => {
  it('has the factsheet’s "Voor wie" groups plus helpers and municipalities, labelled in every locale', () => {
    expect(Object.keys(AUDIENCES)).to.deep.equal([...AUDIENCE_IDS]);
    expect(AUDIENCE_IDS.map((id) => AUDIENCES[id].label.nl)).to.deep.equal([
      'Slachtoffers',
      'Getuigen',
      'Nabestaanden',
      'Achterblijvers',
      'Kwetsbare inwoners',
      'Professionals',
      'Helpers',
      'Gemeenten',
    ]);
    for (const id of AUDIENCE_IDS) {
      expect(AUDIENCES[id].id).to.equal(id);
      for (const locale of LOCALES) {
        expect(AUDIENCES[id].label[locale].trim(), `${id} ${locale}`).not.to.equal('');
        expect(isOneSentence(AUDIENCES[id].description[locale]), `${id} ${locale}`).to.equal(true);
      }
    }
  });

  it('gives every audience a referral of 2–3 plain sentences that say the help is free', () => {
    expect(Object.keys(REFERRALS)).to.have.members([...AUDIENCE_IDS]);
    for (const id of AUDIENCE_IDS) {
      const { heading, body, cta } = REFERRALS[id];
      expect(body.length, id).to.be.within(2, 3);
      for (const locale of LOCALES) {
        expect(heading[locale].trim(), `${id} heading ${locale}`).not.to.equal('');
        expect(cta.label[locale].trim(), `${id} cta ${locale}`).not.to.equal('');
        for (const sentence of body) {
          expect(isOneSentence(sentence[locale]), `${id} ${locale}: ${sentence[locale]}`).to.equal(true);
          expect(wordCount(sentence[locale]), `${id} ${locale}: ${sentence[locale]}`).to.be.at.most(25);
        }
      }
      expect(body.map((s) => s.nl).join(' '), id).to.contain('gratis');
      expect(body.map((s) => s.en).join(' '), id).to.contain('free');
    }
  });

  it('sends helpers, professionals and municipalities to their own pages and everyone else home', () => {
    expect(REFERRALS.helper.cta.url).to.equal(URLS.helpers);
    expect(REFERRALS.professional.cta.url).to.equal(URLS.professionals);
    expect(REFERRALS.municipality.cta.url).to.equal(URLS.municipalities);
    for (const id of ['victim', 'witness', 'bereaved', 'left-behind', 'vulnerable'] as const) {
      expect(REFERRALS[id].cta.url, id).to.equal(URLS.home);
      expect(REFERRALS[id].cta.urlKey, id).to.equal('home');
    }
  });
});
