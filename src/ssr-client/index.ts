/**
 * Hydration of server-rendered widgets (`@slachtofferhulp/widgets/ssr`): import this before the define
 * modules, on pages made on a server only. The elements then take over the HTML the server rendered
 * instead of rendering it again: no flash, no jump, and the status becomes live. Pages that are not
 * server-rendered leave it out and pay nothing for it.
 */
import { hydrateSupport } from './hook-once.js';
import { LitElement } from 'lit';

hydrateSupport({ LitElement });
