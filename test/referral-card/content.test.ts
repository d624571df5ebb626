import { expect } from '@open-wc/testing';
import '../../src/define/shn-referral-card.js';
import { REFERRALS, URLS, resetUrlOverrides, setUrlOverrides, type AudienceId } from '../../src/content/index.js';
import { FRIDAY_21, TUESDAY_10, bodySentences, card, fold, isShown, nestedStatus, part, removeCards } from './card.js';

interface Expected {
  heading: string;
  headingEn: string;
  cta: string;
  href: string;
}

// Literal texts and links, so a wrong lookup in the element cannot hide behind the content module.
const AUDIENCES: Record<AudienceId, Expected> = {
  victim: { heading: 'Hulp voor slachtoffers', headingEn: 'Help for victims', cta: 'Vraag hulp aan', href: 'https://www.slachtofferhulp.nl/' },
  witness: { heading: 'Hulp voor getuigen', headingEn: 'Help for witnesses', cta: 'Vraag hulp aan', href: 'https://www.slachtofferhulp.nl/' },
  bereaved: { heading: 'Hulp voor nabestaanden', headingEn: 'Help for bereaved relatives', cta: 'Vraag hulp aan', href: 'https://www.slachtofferhulp.nl/' },
  'left-behind': { heading: 'Hulp als iemand vermist wordt', headingEn: 'Help when someone is missing', cta: 'Vraag hulp aan', href: 'https://www.slachtofferhulp.nl/' },
  vulnerable: { heading: 'Extra aandacht voor kwetsbare inwoners', headingEn: 'Extra attention for vulnerable residents', cta: 'Vraag hulp aan', href: 'https://www.slachtofferhulp.nl/' },
  helper: { heading: 'Voor helpers', headingEn: 'For helpers', cta: 'Naar Voor de Helpers', href: URLS.helpers },
  professional: { heading: 'Voor professionals', headingEn: 'For professionals', cta: 'Naar Voor Professionals', href: URLS.professionals },
  municipality: { heading: 'Voor gemeenten', headingEn: 'For municipalities', cta: 'Naar de pagina voor gemeenten', href: URLS.municipalities },
};

describe('<shn-referral-card> content', () => {
  afterEach(() => {
    resetUrlOverrides();
    removeCards();
  });

  describe('audiences', () => {
    for (const [audience, expected] of Object.entries(AUDIENCES) as [AudienceId, Expected][]) {
      it(`${audience}: heading, the help in plain sentences, the button and the number`, async () => {
        const element = await card(`audience="${audience}" now="${TUESDAY_10}"`);
        expect(fold(part(element, 'heading')!.textContent)).to.equal(expected.heading);
        const sentences = bodySentences(element);
        expect(sentences).to.deep.equal(REFERRALS[audience].body.map((sentence) => sentence.nl));
        expect(sentences.length).to.be.within(2, 3);
        expect(sentences.join(' ')).to.contain('gratis');
        const cta = part(element, 'cta') as HTMLAnchorElement;
        expect(cta.localName).to.equal('a');
        expect(cta.getAttribute('href')).to.equal(expected.href);
        expect(fold(cta.textContent)).to.equal(expected.cta);
        const phone = part(element, 'phone') as HTMLAnchorElement;
        expect(phone.getAttribute('href')).to.equal('tel:09000101');
        expect(fold(phone.textContent)).to.equal('bel 0900-0101');
        expect(fold(phone.parentElement!.textContent)).to.equal('Of bel 0900-0101.');
      });

      it(`${audience}: speaks English under an English ancestor`, async () => {
        const element = await card(`audience="${audience}" now="${TUESDAY_10}"`, { lang: 'en' });
        expect(fold(part(element, 'heading')!.textContent)).to.equal(expected.headingEn);
        expect(bodySentences(element)).to.deep.equal(REFERRALS[audience].body.map((sentence) => sentence.en));
        expect(fold(part(element, 'cta')!.textContent)).to.equal(REFERRALS[audience].cta.label.en);
        expect(fold(part(element, 'phone')!.parentElement!.textContent)).to.equal('Or call 0900-0101.');
      });
    }

    it('defaults to victims', async () => {
      const element = await card('');
      expect(fold(part(element, 'heading')!.textContent)).to.equal('Hulp voor slachtoffers');
      expect(part(element, 'cta')!.getAttribute('href')).to.equal(URLS.home);
    });

    it('follows a link the site configured for an audience', async () => {
      setUrlOverrides({ helpers: 'https://www.gemeente.nl/helpers' });
      const element = await card('audience="helper"');
      expect(part(element, 'cta')!.getAttribute('href')).to.equal('https://www.gemeente.nl/helpers');
    });
  });

  describe('nested contact status', () => {
    for (const audience of ['professional', 'municipality']) {
      it(`${audience}: holds a compact status of the professional line, with the card's now`, async () => {
        const open = await card(`audience="${audience}" now="${TUESDAY_10}"`);
        const status = nestedStatus(open)!;
        expect(status.parentElement).to.equal(part(open, 'status'));
        expect(status.getAttribute('audience')).to.equal('professional');
        expect(status.hasAttribute('compact')).to.equal(true);
        expect(status.getAttribute('now')).to.equal(TUESDAY_10);
        expect(status.getAttribute('state')).to.equal('open');
        expect(fold(status.shadowRoot!.textContent)).to.contain('Nu open');
        const closed = await card(`audience="${audience}" now="${FRIDAY_21}"`);
        expect(nestedStatus(closed)!.getAttribute('state')).to.equal('closed');
      });
    }

    it('passes a changed now on to the status', async () => {
      const element = await card(`audience="professional" now="${TUESDAY_10}"`);
      element.now = FRIDAY_21;
      await element.updateComplete;
      await nestedStatus(element)!.updateComplete;
      expect(nestedStatus(element)!.getAttribute('state')).to.equal('closed');
    });

    for (const audience of ['victim', 'witness', 'bereaved', 'left-behind', 'vulnerable', 'helper']) {
      it(`${audience}: has no status`, async () => {
        const element = await card(`audience="${audience}" now="${TUESDAY_10}"`);
        expect(nestedStatus(element)).to.equal(null);
        expect(part(element, 'status')).to.equal(null);
      });
    }

    it('municipality: shows the emergency route while the line is open, and leaves it to the status when closed', async () => {
      const open = await card(`audience="municipality" now="${TUESDAY_10}"`);
      const note = part(open, 'status')!.querySelector('.after-hours');
      expect(isShown(note)).to.equal(true);
      expect(fold(note!.textContent)).to.equal(
        'Buiten deze uren en alleen bij spoed: neem contact op met onze piketdienst via de meldkamer van de politie; dit is alleen voor politie, GGD GHOR en gemeenten.',
      );
      const closed = await card(`audience="municipality" now="${FRIDAY_21}"`);
      expect(isShown(part(closed, 'status')!.querySelector('.after-hours'))).to.equal(false);
      expect(isShown(nestedStatus(closed)!.shadowRoot!.querySelector('[part="emergency"]'))).to.equal(true);
    });

    it('professional: no emergency route beside the status (it is only for police, GGD GHOR and municipalities)', async () => {
      const element = await card(`audience="professional" now="${TUESDAY_10}"`);
      expect(part(element, 'status')!.querySelector('.after-hours')).to.equal(null);
    });
  });

  describe('municipal domains', () => {
    const topLevel = (element: Element) => Array.from(part(element, 'services')!.querySelectorAll(':scope > ul > li'));

    it('without a domain: names the three domains', async () => {
      const element = await card(`audience="municipality" now="${TUESDAY_10}"`);
      const services = part(element, 'services')!;
      expect(fold(services.querySelector('.services-title')!.textContent)).to.equal('Samenwerking binnen 3 gemeentelijke domeinen');
      expect(topLevel(element).map((li) => fold(li.textContent))).to.deep.equal([
        'Sociaal domein',
        'Sociale veiligheid',
        'Rampenbestrijding en crisisbeheersing',
      ]);
    });

    it('social: the four services of the social domain', async () => {
      const element = await card(`audience="municipality" domain="social" now="${TUESDAY_10}"`);
      expect(fold(part(element, 'services')!.querySelector('.services-title')!.textContent)).to.equal('Sociaal domein');
      const items = topLevel(element);
      expect(items).to.have.length(4);
      expect(fold(items[2].textContent)).to.equal('Voor kwetsbare inwoners: beoordelen en beschermen.');
    });

    it('social-safety: the intro and the five services after High Impact Crimes', async () => {
      const element = await card(`audience="municipality" domain="social-safety" now="${TUESDAY_10}"`);
      const services = part(element, 'services')!;
      expect(fold(services.textContent)).to.contain('Sociale veiligheid Nazorg bij High Impact Crimes:');
      const items = topLevel(element);
      expect(items).to.have.length(5);
      expect(fold(items[3].textContent)).to.equal('Ondersteuning bij aanvraag van schadevergoeding.');
    });

    it('crisis: four services, the information centre with its three parts as a nested list', async () => {
      const element = await card(`audience="municipality" domain="crisis" now="${TUESDAY_10}"`);
      const items = topLevel(element);
      expect(items).to.have.length(4);
      expect(fold(items[0].textContent)).to.equal('Acute opvang, zorg en nazorg.');
      const nested = Array.from(items[3].querySelectorAll(':scope > ul > li')).map((li) => fold(li.textContent));
      expect(nested).to.deep.equal(['Lotgenotencontact', '1-loketfunctie voor informatievoorziening', '1-loketfunctie voor dienstverlening']);
      const ownText = Array.from(items[3].childNodes).filter((node) => node.nodeType === Node.TEXT_NODE);
      expect(fold(ownText.map((node) => node.textContent).join(' '))).to.equal(
        'Binnen 24 uur (na opdracht) een online Informatie- en adviescentrum voor:',
      );
    });

    it('crisis in English', async () => {
      const element = await card(`audience="municipality" domain="crisis" now="${TUESDAY_10}"`, { lang: 'en' });
      expect(fold(part(element, 'services')!.querySelector('.services-title')!.textContent)).to.equal('Disaster response and crisis management');
      expect(fold(part(element, 'services')!.textContent)).to.contain('A single point of contact for services');
    });

    it('keeps the card text and button of municipalities with a domain', async () => {
      const element = await card(`audience="municipality" domain="social" now="${TUESDAY_10}"`);
      expect(fold(part(element, 'heading')!.textContent)).to.equal('Voor gemeenten');
      expect(part(element, 'cta')!.getAttribute('href')).to.equal(URLS.municipalities);
    });

    it('shows no services for other audiences', async () => {
      expect(part(await card('audience="professional"'), 'services')).to.equal(null);
      expect(part(await card('audience="victim"'), 'services')).to.equal(null);
    });
  });

  describe('situation', () => {
    it('fraud: asks the question, speaks about the situation and goes to its verified page', async () => {
      const element = await card('situation="fraud"');
      expect(fold(part(element, 'heading')!.textContent)).to.equal('Slachtoffer van oplichting?');
      expect(bodySentences(element)).to.deep.equal([
        'Wij helpen u als iemand u heeft opgelicht, aan de deur, op straat of online.',
        'De hulp is gratis en komt van professionals.',
        'Samen kijken we welke hulp bij u past.',
      ]);
      expect(part(element, 'cta')!.getAttribute('href')).to.equal('https://www.slachtofferhulp.nl/gebeurtenissen/oplichting-en-fraude/online-fraude/');
      expect(fold(part(element, 'cta')!.textContent)).to.equal('Vraag hulp aan');
    });

    it('fraud in English', async () => {
      const element = await card('situation="fraud"', { lang: 'en' });
      expect(fold(part(element, 'heading')!.textContent)).to.equal('Victim of fraud?');
      expect(bodySentences(element)[0]).to.equal('We help you if someone has scammed you, at your door, in the street or online.');
    });

    it('a situation without a verified page keeps the audience button', async () => {
      const element = await card('audience="witness" situation="robbery"');
      expect(fold(part(element, 'heading')!.textContent)).to.equal('Bent u overvallen?');
      expect(bodySentences(element)[0]).to.equal('Wij helpen u als u bent overvallen, thuis, op straat of op uw werk.');
      expect(bodySentences(element)[1]).to.equal('Slachtofferhulp Nederland helpt ook getuigen, gratis en professioneel.');
      expect(part(element, 'cta')!.getAttribute('href')).to.equal(URLS.home);
    });

    it("left-behind and missing persons: the situation's verified page", async () => {
      const element = await card('audience="left-behind" situation="missing-persons"');
      expect(fold(part(element, 'heading')!.textContent)).to.equal('Wordt iemand vermist?');
      expect(part(element, 'cta')!.getAttribute('href')).to.equal('https://www.slachtofferhulp.nl/gebeurtenissen/vermissing-persoon/');
    });

    it("a page the site configured for the situation", async () => {
      setUrlOverrides({ 'situation:burglary': 'https://www.gemeente.nl/inbraak' });
      const element = await card('situation="burglary"');
      expect(fold(part(element, 'heading')!.textContent)).to.equal('Is er bij u ingebroken?');
      expect(part(element, 'cta')!.getAttribute('href')).to.equal('https://www.gemeente.nl/inbraak');
    });
  });
});
