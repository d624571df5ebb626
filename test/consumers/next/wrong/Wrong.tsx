// Each line marked "error" must fail to type-check (scripts/test/consumers.mjs asserts the lines); no other may.
// Outside app/, so `next build` leaves it out; checked with tsconfig.wrong.json.
import { ShnReferralCard, ShnSituationList } from '@slachtofferhulp/widgets/react';
import { renderWidget } from '@slachtofferhulp/widgets/ssr';

export const badValue = <ShnReferralCard audience="everyone" />; // error
export const unknownProp = <ShnReferralCard colour="red" />; // error
export const badHandler = <ShnSituationList onShnSituationSelect={(event: CustomEvent<{ open: boolean }>) => event.detail.open} />; // error
export const badTag = renderWidget('shn-opening-hours', {}); // error
export const fine = <ShnReferralCard audience="municipality" domain="crisis" headingLevel={3} />;
export const fineHtml = renderWidget('shn-contact-status', { audience: 'professional' }, { stylesheetBase: '/cdn/' });
