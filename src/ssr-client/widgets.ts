/**
 * The CDN's hydrating entry, `shn-widgets-hydrate.js`: all three elements with the hydration support, in one
 * file. A server-rendered page loads it instead of `shn-widgets.js`. One file because each CDN entry carries
 * its own Lit (rollup.config.mjs): the support must patch the same copy of LitElement the elements extend.
 */
import './index.js';
import '../define/index.js';
