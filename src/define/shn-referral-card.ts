import { defineElement } from '../base/define.js';
import { ShnReferralCard } from '../referral-card/referral-card.component.js';

// Also registers <shn-contact-status>, which the card renders (ShnReferralCard.dependencies).
defineElement('shn-referral-card', ShnReferralCard);
