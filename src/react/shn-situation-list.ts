'use client';
/**
 * React component for `<shn-situation-list>` only: importing it registers that element (and the elements it
 * renders), nothing else. `'use client'`: a React server component (Next.js app router) renders it as a client
 * component, and the server's HTML carries its attributes.
 * @module
 */
import type { ShnSituationList as ElementClass, SituationSelectDetail } from '../situation-list/situation-list.component.js';
import '../define/shn-situation-list.js';
import { createWrapper } from './create-wrapper.js';

/** Props of `<ShnSituationList>`: the element's attributes by property name, and its event. */
export interface ShnSituationListProps {
  situations?: ElementClass['situations'];
  audience?: ElementClass['audience'];
  searchable?: ElementClass['searchable'];
  query?: ElementClass['query'];
  layout?: ElementClass['layout'];
  heading?: ElementClass['heading'];
  headingLevel?: ElementClass['headingLevel'];
  lang?: string;
  /** A visitor chose a situation; `preventDefault()` stops the link being followed. */
  onShnSituationSelect?: (event: CustomEvent<SituationSelectDetail>) => void;
}

/** `<shn-situation-list>`: the situations Slachtofferhulp helps with. `onShnSituationSelect` fires on a choice. */
export const ShnSituationList = createWrapper<ElementClass, ShnSituationListProps>({
  tagName: 'shn-situation-list',
  displayName: 'ShnSituationList',
  attributes: { situations: 'situations', audience: 'audience', searchable: 'searchable', query: 'query', layout: 'layout', heading: 'heading', headingLevel: 'heading-level', lang: 'lang' },
  events: { onShnSituationSelect: 'shn-situation-select' },
});

export type { SituationSelectDetail };
