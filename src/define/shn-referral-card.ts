import { ShnReferralCard } from '../referral-card/referral-card.component.js';
import { defineElement } from '../base/define.js';
// The card renders <shn-contact-status> for professionals and municipalities, so it registers it too.
import './shn-contact-status.js';

defineElement('shn-referral-card', ShnReferralCard);

declare global {
  interface HTMLElementTagNameMap {
    'shn-referral-card': ShnReferralCard;
  }
}
