import { expect } from '@open-wc/testing';
import { CHANNELS, CHANNEL_IDS, EMERGENCY_ROUTE, LOCALES, PHONE, PROFESSIONAL_LINE_HOURS, URLS, isSafeHref } from '../../src/content/index.js';
import { hasDigits } from './text-rules.js';

describe('content: phone, hours and channels', () => {
  it('has the public number as text and as a tel: link, with the professional option 3 at local rate', () => {
    expect(PHONE.display).to.equal('0900-0101');
    expect(PHONE.href).to.equal('tel:09000101');
    expect(PHONE.href.replace('tel:', '')).to.equal(PHONE.display.replace('-', ''));
    expect(PHONE.professionalOption.number).to.equal(3);
    expect(PHONE.professionalOption.label.nl).to.equal('Professional');
    expect(PHONE.cost).to.deep.equal({ nl: 'lokaal tarief', en: 'local rate' });
  });

  it('opens the professional line Mon–Fri 08:00–20:00 and Sat 10:00–17:00, Dutch time, closed on holidays', () => {
    expect(PROFESSIONAL_LINE_HOURS.zone).to.equal('Europe/Amsterdam');
    expect(PROFESSIONAL_LINE_HOURS.publicHolidays).to.equal('closed');
    for (const day of [1, 2, 3, 4, 5] as const) {
      expect(PROFESSIONAL_LINE_HOURS.weekly[day], `day ${day}`).to.deep.equal([{ from: '08:00', to: '20:00' }]);
    }
    expect(PROFESSIONAL_LINE_HOURS.weekly[6]).to.deep.equal([{ from: '10:00', to: '17:00' }]);
    expect(PROFESSIONAL_LINE_HOURS.weekly[7]).to.equal(undefined);
    expect(PROFESSIONAL_LINE_HOURS.exceptions).to.equal(undefined);
  });

  it('describes the emergency route without any number, since none is published', () => {
    for (const locale of LOCALES) {
      expect(hasDigits(EMERGENCY_ROUTE.who[locale]), `who ${locale}`).to.equal(false);
      expect(hasDigits(EMERGENCY_ROUTE.how[locale]), `how ${locale}`).to.equal(false);
    }
    expect(EMERGENCY_ROUTE.who.nl).to.contain('politie').and.contain('GGD GHOR').and.contain('gemeenten');
    expect(EMERGENCY_ROUTE.how.nl).to.contain('meldkamer').and.contain('piketdienst');
    expect(EMERGENCY_ROUTE.how.en).to.contain('control room').and.contain('on-call service');
  });

  it('lists the phone, the emergency route, the website and both platforms', () => {
    expect(Object.keys(CHANNELS)).to.deep.equal([...CHANNEL_IDS]);
    expect(CHANNELS.phone.url).to.equal('tel:09000101');
    expect(CHANNELS.website.url).to.equal(URLS.home);
    expect(CHANNELS['helpers-platform'].url).to.equal(URLS.helpers);
    expect(CHANNELS['professionals-platform'].url).to.equal(URLS.professionals);
    expect('url' in CHANNELS['emergency-route']).to.equal(false);
    for (const id of CHANNEL_IDS) {
      const channel = CHANNELS[id];
      expect(channel.id).to.equal(id);
      expect(channel.audiences.length, id).to.be.greaterThan(0);
      if (channel.url !== undefined) expect(isSafeHref(channel.url), id).to.equal(true);
      for (const locale of LOCALES) {
        expect(channel.label[locale].trim(), `${id} ${locale}`).not.to.equal('');
        expect(channel.description[locale].trim(), `${id} ${locale}`).not.to.equal('');
      }
    }
  });

  it('shows no number anywhere on the emergency-route channel either', () => {
    const { label, description } = CHANNELS['emergency-route'];
    for (const locale of LOCALES) {
      expect(hasDigits(label[locale])).to.equal(false);
      expect(hasDigits(description[locale])).to.equal(false);
    }
    expect(CHANNELS['emergency-route'].audiences).to.deep.equal(['professional', 'municipality']);
  });
});
