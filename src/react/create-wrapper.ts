'use client';
/**
 * The React wrappers' one factory. Attributes go to React as attributes under their HTML names, so a
 * server render (Next.js, renderToString) writes them into the HTML and React 19 sets them as properties on
 * the client; only what has no attribute (an object such as `hours`) is set as a property, and the
 * elements' events are listened to, after the element is in the page. Works with React 18 and 19.
 * @module
 */
import * as React from 'react';

/** What a wrapper needs to know about its element (the modules beside this one keep it true to custom-elements.json). */
export interface WrapperSpec {
  tagName: string;
  displayName: string;
  /** Props that are attributes: prop name (the element's property) → attribute name. */
  attributes: Readonly<Record<string, string>>;
  /** Props set as properties only: they have no attribute. */
  properties?: readonly string[];
  /** Event props: prop name → event name (`onShnSituationSelect` → `shn-situation-select`). */
  events?: Readonly<Record<string, string>>;
}

/** A wrapper's props: the element's own (typed by the caller), React's for any element, and a ref to the element. */
export type WrapperProps<Element extends HTMLElement, Own> = Own & Omit<React.HTMLAttributes<Element>, keyof Own> & React.RefAttributes<Element>;

type Listener = (event: Event) => void;

export function createWrapper<Element extends HTMLElement, Own>(spec: WrapperSpec): React.ForwardRefExoticComponent<WrapperProps<Element, Own>> {
  const wrapper = React.forwardRef<Element, Record<string, unknown>>((props, ref) => {
    const element = React.useRef<Element | null>(null);
    const reactProps: Record<string, unknown> = {};
    const properties: Record<string, unknown> = {};
    const listeners: Record<string, Listener> = {};
    for (const [key, value] of Object.entries(props)) {
      const attribute = spec.attributes[key];
      // `false` is no attribute (React 18 would write "false", which a boolean attribute reads as true).
      if (attribute !== undefined) reactProps[attribute] = value === false ? undefined : value;
      else if (spec.properties?.includes(key)) properties[key] = value;
      else if (spec.events?.[key] !== undefined) listeners[spec.events[key]] = value as Listener;
      else reactProps[key === 'className' ? 'class' : key] = value;
    }

    // After every render: properties that are not attributes, then the current listeners (removed on change).
    React.useLayoutEffect(() => {
      const node = element.current as unknown as Record<string, unknown> | null;
      if (!node) return;
      for (const [key, value] of Object.entries(properties)) if (node[key] !== value) node[key] = value;
    });
    const eventKey = Object.entries(listeners).map(([name, listener]) => `${name}:${typeof listener}`).join();
    const current = React.useRef(listeners);
    current.current = listeners;
    React.useLayoutEffect(() => {
      const node = element.current;
      if (!node) return undefined;
      const bound = Object.keys(current.current).map((name) => {
        const listener = (event: Event) => current.current[name]?.(event);
        node.addEventListener(name, listener);
        return () => node.removeEventListener(name, listener);
      });
      return () => bound.forEach((remove) => remove());
    }, [eventKey]);

    const setRef = React.useCallback(
      (node: Element | null) => {
        element.current = node;
        if (typeof ref === 'function') ref(node);
        else if (ref) ref.current = node;
      },
      [ref],
    );
    // The server's HTML has the attributes; React 19 then sets properties, so the two may differ in form.
    return React.createElement(spec.tagName, { ...reactProps, ref: setRef, suppressHydrationWarning: true });
  });
  wrapper.displayName = spec.displayName;
  return wrapper as unknown as React.ForwardRefExoticComponent<WrapperProps<Element, Own>>;
}
