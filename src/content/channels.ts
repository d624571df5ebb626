import { deepFreeze } from './freeze.js';
import { CHANNEL_IDS, type AudienceId, type ChannelId } from './ids.js';
import { resolveUrl } from './overrides.js';
import { PHONE } from './phone.js';
import type { Localized } from './types.js';

/** One way to reach Slachtofferhulp Nederland. */
export interface Channel {
  readonly id: ChannelId;
  readonly label: Localized;
  /** Who can use it and when, in plain words. */
  readonly description: Localized;
  /** The link (tel: or https:), absent when the channel has none; web links follow `setUrlOverrides`. */
  readonly url?: string;
  /** Who the channel is meant for. */
  readonly audiences: readonly AudienceId[];
}

const ALL_RESIDENTS: readonly AudienceId[] = ['victim', 'witness', 'bereaved', 'left-behind', 'vulnerable', 'helper'];


const BY_ID: Record<ChannelId, Channel> = {
  phone: {
    id: 'phone',
    label: { nl: `Bel ${PHONE.display}`, en: `Call ${PHONE.display}` },
    description: {
      nl: 'Slachtoffers, oog- of oorgetuigen en nabestaanden kunnen 24/7 bellen; professionals kiezen in het keuzemenu voor de optie Professional.',
      en: 'Victims, eyewitnesses or earwitnesses and bereaved relatives can call 24/7; professionals choose the Professional option in the phone menu.',
    },
    url: PHONE.href,
    audiences: [...ALL_RESIDENTS, 'professional', 'municipality'],
  },
  'emergency-route': {
    id: 'emergency-route',
    label: { nl: 'Piketdienst bij spoed', en: 'On-call service in an emergency' },
    description: {
      nl: 'Buiten de uren van de lijn voor professionals en alleen bij spoed: politie, GGD GHOR en gemeenten bereiken onze piketdienst via de meldkamer van de politie.',
      en: 'Outside the hours of the professional line and only in an emergency: the police, GGD GHOR and municipalities reach our on-call service through the police control room.',
    },
    audiences: ['professional', 'municipality'],
  },
  website: {
    id: 'website',
    label: { nl: 'Website', en: 'Website' },
    description: {
      nl: 'Informatie en hulp voor iedereen op de website van Slachtofferhulp Nederland.',
      en: 'Information and help for everyone on the Slachtofferhulp Nederland website.',
    },
    // A getter (not a spread: that would copy today's value), so the site's override applies.
    get url() {
      return resolveUrl('home');
    },
    audiences: [...ALL_RESIDENTS, 'professional', 'municipality'],
  },
  'helpers-platform': {
    id: 'helpers-platform',
    label: { nl: 'Voor de Helpers', en: 'Voor de Helpers (for helpers)' },
    description: {
      nl: 'Het platform Voor de Helpers helpt de mensen in de omgeving van het slachtoffer in hun ondersteunende rol.',
      en: 'The Voor de Helpers platform helps the people around a victim in their supporting role.',
    },
    get url() {
      return resolveUrl('helpers');
    },
    audiences: ['helper'],
  },
  'professionals-platform': {
    id: 'professionals-platform',
    label: { nl: 'Voor Professionals', en: 'Voor Professionals (for professionals)' },
    description: {
      nl: 'Het platform Voor Professionals biedt praktische hulp, kennis en advies om een slachtoffer te herkennen en te helpen.',
      en: 'The Voor Professionals platform offers practical help, knowledge and advice to recognise and help a victim.',
    },
    get url() {
      return resolveUrl('professionals');
    },
    audiences: ['professional', 'municipality'],
  },
};

/** All channels, keyed by id, in {@link CHANNEL_IDS} order. */
export const CHANNELS: Readonly<Record<ChannelId, Channel>> = /* @__PURE__ */ deepFreeze(
  Object.fromEntries(CHANNEL_IDS.map((id) => [id, BY_ID[id]])) as Record<ChannelId, Channel>,
);
