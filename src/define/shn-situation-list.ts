import { defineElement } from '../base/define.js';
import { ShnSituationList } from '../situation-list/situation-list.component.js';

defineElement('shn-situation-list', ShnSituationList);
