import { ShnSituationList } from '../situation-list/situation-list.component.js';
import { registerWhenListsReady } from '../situation-list/page-needs.js';
import { defineElement } from '../base/define.js';

// At once, or, when the document already holds a list in English or a searchable one, as soon as the code
// it loads on demand is there (see page-needs.ts), so that list renders without an empty moment.
registerWhenListsReady(() => defineElement('shn-situation-list', ShnSituationList));

declare global {
  interface HTMLElementTagNameMap {
    'shn-situation-list': ShnSituationList;
  }
  interface HTMLElementEventMap {
    'shn-situation-select': CustomEvent<import('../situation-list/situation-list.component.js').SituationSelectDetail>;
  }
}
