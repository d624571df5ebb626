// The site's own Lit component (the site's Lit, resolved by the dev server), rendering the widgets in its
// shadow root, registered before the widgets' CDN bundle loads.
import { LitElement, html } from 'lit';

class GemeenteApp extends LitElement {
  static properties = { count: { type: Number } };

  constructor() {
    super();
    this.count = 0;
  }

  render() {
    return html`<section>
      <h2>Gemeente app</h2>
      <button id="count" @click=${() => (this.count += 1)}>Clicked ${this.count}</button>
      <shn-situation-list situations="fraud,burglary"></shn-situation-list>
      <shn-referral-card audience="helper"></shn-referral-card>
    </section>`;
  }
}
customElements.define('gemeente-app', GemeenteApp);
import('/dist/cdn/shn-widgets.js');
