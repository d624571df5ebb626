/** Registers every element of @slachtofferhulp/widgets. Safe to import twice, or beside another copy. */
import './shn-contact-status.js';
import './shn-situation-list.js';
import './shn-referral-card.js';
