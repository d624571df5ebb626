import { expect } from '@open-wc/testing';
import { DOMAINS, DOMAINS_HEADING, DOMAIN_IDS, LOCALES, ORGANISATION, URLS } from '../../src/content/index.js';

// The first words of each factsheet bullet, so a missing, extra or reordered bullet fails.
const FACTSHEET_BULLETS = {
  social: ['Herkenbaar en zichtbaar', 'Hulp bij preventie', 'Voor kwetsbare inwoners', 'Zorgkosten'],
  'social-safety': [
    'Ondersteuning bij emotionele verwerking',
    'Herstelrechtelijke informatie',
    'Juridische ondersteuning',
    'Ondersteuning bij aanvraag van schadevergoeding',
    'Informatie en advies over preventiemaatregelen',
  ],
  crisis: ['Acute opvang, zorg en nazorg', 'Vaste partner in het PSH-proces', 'Inhoudelijke adviseur', 'Binnen 24 uur'],
};

const allTexts = (values: readonly { nl: string; en: string }[]) => values.flatMap((v) => LOCALES.map((l) => v[l]));

describe('content: municipal domains and the organisation', () => {
  it('has the three domains in factsheet order, with the factsheet’s names', () => {
    expect(Object.keys(DOMAINS)).to.deep.equal([...DOMAIN_IDS]);
    expect(DOMAIN_IDS.map((id) => DOMAINS[id].label.nl)).to.deep.equal([
      'Sociaal domein',
      'Sociale veiligheid',
      'Rampenbestrijding en crisisbeheersing',
    ]);
    expect(DOMAINS_HEADING.nl).to.equal('Samenwerking binnen 3 gemeentelijke domeinen');
  });

  it('lists every bullet of each domain (4, 5 and 4), in every locale', () => {
    for (const id of DOMAIN_IDS) {
      const { services } = DOMAINS[id];
      expect(services, id).to.have.length(FACTSHEET_BULLETS[id].length);
      services.forEach((service, i) => {
        expect(service.nl.startsWith(FACTSHEET_BULLETS[id][i]), `${id} #${i}: ${service.nl}`).to.equal(true);
      });
      for (const text of allTexts(services)) expect(text.trim(), id).not.to.equal('');
    }
  });

  it('puts "Nazorg bij High Impact Crimes" above the social-safety bullets', () => {
    expect(DOMAINS['social-safety'].intro?.nl).to.equal('Nazorg bij High Impact Crimes:');
    expect(DOMAINS.social.intro).to.equal(undefined);
  });

  it('gives the crisis information centre its three sub-items, and no other bullet any', () => {
    const centre = DOMAINS.crisis.services[3];
    expect(centre.nl).to.contain('online Informatie- en adviescentrum');
    expect(centre.items?.map((item) => item.nl)).to.deep.equal([
      'Lotgenotencontact',
      '1-loketfunctie voor informatievoorziening',
      '1-loketfunctie voor dienstverlening',
    ]);
    for (const item of centre.items ?? []) expect(item.en.trim()).not.to.equal('');
    const others = DOMAIN_IDS.flatMap((id) => DOMAINS[id].services).filter((s) => s !== centre);
    expect(others.filter((s) => s.items !== undefined)).to.deep.equal([]);
  });

  it('corrects the factsheet’s "mediaton" typo', () => {
    expect(DOMAINS['social-safety'].services[1].nl).to.contain('mediation').and.not.contain('mediaton');
  });

  it('has the organisation’s three promises, six crisis bullets and the closing blocks', () => {
    expect(ORGANISATION.name).to.equal('Slachtofferhulp Nederland');
    expect(ORGANISATION.promises.map((p) => p.nl)).to.deep.equal([
      '24/7 paraat om uw gemeente en inwoners te ondersteunen bij onverwachte ingrijpende gebeurtenissen.',
      'Altijd gratis en toegankelijke professionele hulp.',
      'Maatwerk.',
    ]);
    expect(ORGANISATION.crisisSupport).to.have.length(6);
    expect(ORGANISATION.crisisSupport[3].nl).to.equal('Acute opvang voor slachtoffers en groepsopvang.');
    expect(ORGANISATION.forVictims.nl).to.contain('24/7');
    expect(ORGANISATION.forHelpers.nl).to.contain('Voor de Helpers');
    expect(ORGANISATION.forProfessionals.nl).to.contain('herkennen');
    const texts = allTexts([
      ORGANISATION.tagline,
      ...ORGANISATION.promises,
      ...ORGANISATION.crisisSupport,
      ...Object.values(ORGANISATION.headings),
      ORGANISATION.forVictims,
      ORGANISATION.forHelpers,
      ORGANISATION.forProfessionals,
      ORGANISATION.contact,
    ]);
    for (const text of texts) expect(text.trim()).not.to.equal('');
  });

  it('gives the "Voor gemeenten" block the line hours, the emergency route and the municipalities page', () => {
    const support = ORGANISATION.municipalSupport;
    expect(support.heading.nl).to.equal('Voor gemeenten');
    expect(support.officeHours.nl).to.contain('08.00-20.00').and.contain('10.00-17.00').and.contain('0900-0101');
    expect(support.officeHours.en).to.contain('08:00-20:00').and.contain('10:00-17:00');
    expect(support.afterHours.nl).to.contain('piketdienst').and.contain('meldkamer');
    expect(support.afterHours.nl).not.to.match(/\d/);
    expect(support.url).to.equal(URLS.municipalities);
  });
});
