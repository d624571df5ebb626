// Loads the npm build (its bare "lit" and "luxon" imports resolved by the dev server, as a bundler would)
// and the CDN bundle, one after the other, in the order the page's query asks for.
const npm = () => import('/dist/define/index.js');
const cdn = () => import('/dist/cdn/shn-widgets.js');
const order = new URLSearchParams(location.search).get('order') === 'cdn-first' ? [cdn, npm] : [npm, cdn];
order.reduce((loaded, load) => loaded.then(load), Promise.resolve());
