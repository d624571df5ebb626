import { defineElement } from '../base/define.js';
import { ShnSituationList } from '../situation-list/situation-list.component.js';

defineElement('shn-situation-list', ShnSituationList);

declare global {
  interface HTMLElementTagNameMap {
    'shn-situation-list': ShnSituationList;
  }
  interface HTMLElementEventMap {
    'shn-situation-select': CustomEvent<import('../situation-list/situation-list.component.js').SituationSelectDetail>;
  }
}
