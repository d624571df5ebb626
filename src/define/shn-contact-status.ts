import { ShnContactStatus } from '../contact-status/contact-status.component.js';
import { defineElement } from '../base/define.js';

defineElement('shn-contact-status', ShnContactStatus);
