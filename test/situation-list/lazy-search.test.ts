import { expect } from '@open-wc/testing';
import { part, shownIds, situationList } from './helpers.js';

// The search code (the filter, which brings the keywords) is a module that only a searchable list imports.
// Each test counts the requests it causes, so it holds in any order. (Here the modules are served one by
// one; the CDN bundle puts the search code, with the keywords, in a chunk of its own.)
const searchRequests = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => /\/situation-list\/search\.(js|ts)(\?|$)/.test(url));

describe('<shn-situation-list>: search code on demand', () => {
  it('a list without a search box does not download the search code', async () => {
    const before = searchRequests().length;
    const element = await situationList('situations="fraud, burglary"');
    expect(shownIds(element)).to.deep.equal(['fraud', 'burglary']);
    expect(searchRequests()).to.have.length(before);
  });

  it('a searchable list downloads it once for the whole page, and updateComplete waits for it', async () => {
    const [first, second] = await Promise.all([situationList('searchable query="inbraak"'), situationList('searchable query="fraude"')]);
    expect(part(first, 'input')).to.not.equal(null);
    expect(shownIds(first)).to.deep.equal(['burglary']);
    expect(shownIds(second)).to.deep.equal(['fraud']);
    expect(searchRequests()).to.have.length(1);
  });

  it('setting searchable later loads it too', async () => {
    const element = await situationList('query="overval"');
    expect(shownIds(element)).to.have.length(14);
    element.searchable = true;
    await element.updateComplete;
    expect(shownIds(element)).to.deep.equal(['robbery']);
  });
});
