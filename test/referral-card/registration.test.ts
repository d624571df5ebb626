import { expect } from '@open-wc/testing';
import { ShnReferralCard } from '../../src/referral-card/referral-card.component.js';
import { VERSION } from '../../src/core/version.js';

describe('<shn-referral-card> registration', () => {
  it('importing the class registers nothing; the define module registers the card and the status it nests', async () => {
    expect(ShnReferralCard.shnVersion).to.equal(VERSION);
    expect(customElements.get('shn-referral-card')).to.equal(undefined);
    expect(customElements.get('shn-contact-status')).to.equal(undefined);
    await import('../../src/define/shn-referral-card.js');
    expect(customElements.get('shn-referral-card')).to.equal(ShnReferralCard);
    expect(customElements.get('shn-contact-status')).not.to.equal(undefined);
  });
});
