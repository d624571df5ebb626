import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { defineElement } from '../../src/base/define.js';
import type { ElementClass } from '../../src/base/shn-element.js';
import { VERSION } from '../../src/core/version.js';

// The registry is global and a tag can be defined once: every test uses its own tag.
let counter = 0;
const freshTag = () => `x-shn-define-test-${Date.now()}-${(counter += 1)}`;

/** A class as a copy of the package (or an older one without a version) would register it. */
function versioned(version: string | undefined, dependencies: Record<string, ElementClass> = {}): ElementClass {
  return class extends HTMLElement {
    static readonly shnVersion = version;
    static readonly dependencies = dependencies;
  } as unknown as ElementClass;
}

describe('defineElement (version-aware registration)', () => {
  afterEach(() => sinon.restore());

  it('registers a tag that is free', () => {
    const tag = freshTag();
    const ctor = versioned(VERSION);
    defineElement(tag, ctor);
    expect(customElements.get(tag)).to.equal(ctor);
  });

  it('does nothing, silently, when the same version registered the tag already (the bundle loaded twice)', () => {
    const warn = sinon.stub(console, 'warn');
    const tag = freshTag();
    const first = versioned(VERSION);
    defineElement(tag, first);
    expect(() => defineElement(tag, versioned(VERSION))).not.to.throw();
    defineElement(tag, first);
    expect(customElements.get(tag)).to.equal(first);
    expect(warn.callCount).to.equal(0);
  });

  it('keeps the first of two versions and warns once, naming both', () => {
    const warn = sinon.stub(console, 'warn');
    const tag = freshTag();
    const older = versioned('0.0.9');
    defineElement(tag, older);
    expect(() => defineElement(tag, versioned(VERSION))).not.to.throw();
    defineElement(tag, versioned(VERSION));
    expect(customElements.get(tag)).to.equal(older);
    expect(warn.callCount).to.equal(1);
    const message = String(warn.firstCall.args[0]);
    expect(message).to.contain(`<${tag}>`);
    expect(message).to.contain('0.0.9');
    expect(message).to.contain(VERSION);
  });

  it('warns once, without throwing, when a class without a version holds the tag', () => {
    const warn = sinon.stub(console, 'warn');
    const tag = freshTag();
    customElements.define(tag, class extends HTMLElement {});
    expect(() => defineElement(tag, versioned(VERSION))).not.to.throw();
    expect(warn.callCount).to.equal(1);
    expect(String(warn.firstCall.args[0])).to.contain('unknown version');
  });

  it('never throws when the registry refuses (the class is already registered under another tag)', () => {
    const warn = sinon.stub(console, 'warn');
    const ctor = versioned(VERSION);
    const first = freshTag();
    const second = freshTag();
    defineElement(first, ctor);
    expect(() => defineElement(second, ctor)).not.to.throw();
    expect(customElements.get(second)).to.equal(undefined);
    expect(warn.callCount).to.equal(1);
    expect(String(warn.firstCall.args[0])).to.contain(`<${second}>`);
  });

  it('the built-in version equals package.json\'s version', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });

  it('registers the elements a class renders (its dependencies) before the class itself', () => {
    const nestedTag = freshTag();
    const nested = versioned(VERSION);
    const tag = freshTag();
    defineElement(tag, versioned(VERSION, { [nestedTag]: nested }));
    expect(customElements.get(nestedTag)).to.equal(nested);
    expect(customElements.get(tag)).to.not.equal(undefined);
  });
});
