import type { SituationWords } from './situation-words.js';

/**
 * The situations in English, translated from situations-nl.ts. A situation list imports this module only
 * when it shows English (see loadSituationWords), so a Dutch page never downloads it.
 */
export const SITUATION_WORDS_EN: SituationWords = {
  violence: {
    label: 'Violent crime',
    description: 'We help you if someone has attacked, hit or hurt you.',
  },
  'sexual-offences': {
    label: 'Sexual offences',
    description: 'We help you if you have experienced sexual violence or another sexual offence.',
  },
  'stalking-threats': {
    label: 'Stalking/threats',
    description: 'We help you if someone harasses, follows or threatens you.',
  },
  fraud: {
    label: 'Fraud/online fraud',
    description: 'We help you if someone has scammed you, at your door, in the street or online.',
  },
  burglary: {
    label: 'Burglary',
    description: 'We help you if someone has broken into your home.',
  },
  'workplace-accidents': {
    label: 'Workplace accidents',
    description: 'We help you if you or a colleague had a serious accident at work.',
  },
  'missing-persons': {
    label: 'Missing persons',
    description: 'We help you if a family member or someone close to you is missing.',
  },
  'traffic-accidents': {
    label: 'Road accidents with injury or death',
    description: 'We help you after a road accident in which someone was hurt or died.',
  },
  suicide: {
    label: 'Suicide',
    description: 'We help you if you have lost someone to suicide or have witnessed a suicide.',
  },
  'disaster-crisis': {
    label: 'Disaster/crisis',
    description: 'We help you during and after a disaster, a crisis or another major event.',
  },
  'body-discovery': {
    label: 'Finding a body',
    description: 'We help you if you have found someone who has died.',
  },
  robbery: {
    label: 'Robbery',
    description: 'We help you if you have been robbed, at home, in the street or at work.',
  },
  'peer-support': {
    label: 'Peer support',
    description: 'We put you in touch with people who have been through the same as you.',
  },
  'transgressive-behaviour': {
    label: 'Transgressive behaviour',
    description: 'We help you if someone has crossed your boundaries, for example at work or at your sports club.',
  },
};
