import { deepFreeze } from './freeze.js';
import type { AudienceId } from './ids.js';
import type { Localized } from './types.js';

/** A group the help is for. */
export interface Audience {
  readonly id: AudienceId;
  /** The factsheet's Dutch wording ("Voor wie", "Voor helpers", "Voor gemeenten"), and its translation. */
  readonly label: Localized;
  /** Who belongs to this group, in one plain sentence. */
  readonly description: Localized;
}

/** All audiences, keyed by id, in {@link AUDIENCE_IDS} order. */
export const AUDIENCES: Readonly<Record<AudienceId, Audience>> = /* @__PURE__ */ deepFreeze({
  victim: {
    id: 'victim',
    label: { nl: 'Slachtoffers', en: 'Victims' },
    description: {
      nl: 'Mensen die zelf slachtoffer zijn van een misdrijf, een ongeluk of een ramp.',
      en: 'People who are themselves the victim of a crime, an accident or a disaster.',
    },
  },
  witness: {
    id: 'witness',
    label: { nl: 'Getuigen', en: 'Witnesses' },
    description: {
      nl: 'Mensen die een misdrijf, een ongeluk of een ramp hebben gezien of gehoord.',
      en: 'People who saw or heard a crime, an accident or a disaster.',
    },
  },
  bereaved: {
    id: 'bereaved',
    label: { nl: 'Nabestaanden', en: 'Bereaved relatives' },
    description: {
      nl: 'Familie en naasten van iemand die is overleden door een misdrijf, een ongeluk, een ramp of zelfdoding.',
      en: 'Family and loved ones of someone who died through a crime, an accident, a disaster or suicide.',
    },
  },
  // "Achterblijvers" is Slachtofferhulp's word for the relatives of a missing person.
  'left-behind': {
    id: 'left-behind',
    label: { nl: 'Achterblijvers', en: 'Families of missing persons' },
    description: {
      nl: 'Familie en naasten van iemand die vermist wordt.',
      en: 'Family and loved ones of someone who is missing.',
    },
  },
  vulnerable: {
    id: 'vulnerable',
    label: { nl: 'Kwetsbare inwoners', en: 'Vulnerable residents' },
    description: {
      nl: 'Inwoners die extra aandacht krijgen, bijvoorbeeld door hun leeftijd, hun gezondheid of hun situatie.',
      en: 'Residents who get extra attention, for example because of their age, their health or their situation.',
    },
  },
  professional: {
    id: 'professional',
    label: { nl: 'Professionals', en: 'Professionals' },
    description: {
      nl: 'Mensen die in hun werk slachtoffers tegenkomen, herkennen en helpen.',
      en: 'People who meet, recognise and help victims in their work.',
    },
  },
  helper: {
    id: 'helper',
    label: { nl: 'Helpers', en: 'Helpers' },
    description: {
      nl: 'Familie, vrienden, buren en collega’s die een slachtoffer steunen.',
      en: 'Family, friends, neighbours and colleagues who support a victim.',
    },
  },
  municipality: {
    id: 'municipality',
    label: { nl: 'Gemeenten', en: 'Municipalities' },
    description: {
      nl: 'Gemeenten die hun inwoners steunen bij onverwachte, ingrijpende gebeurtenissen.',
      en: 'Municipalities that support their residents after sudden, major events.',
    },
  },
});
