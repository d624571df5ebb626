import { ShnContactStatus } from '../contact-status/contact-status.component.js';
import { defineElement } from '../base/define.js';

defineElement('shn-contact-status', ShnContactStatus);

declare global {
  interface HTMLElementTagNameMap {
    'shn-contact-status': ShnContactStatus;
  }
  interface HTMLElementEventMap {
    'shn-status-change': CustomEvent<import('../contact-status/contact-status.component.js').StatusChangeDetail>;
  }
}
