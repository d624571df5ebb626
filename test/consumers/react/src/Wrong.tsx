// Each line marked "error" must fail to type-check (scripts/test/consumers.mjs asserts the lines); no other may.
import type {} from '@slachtofferhulp/widgets/types/react';
import { ShnContactStatus, ShnSituationList } from '@slachtofferhulp/widgets/react';

export const badValue = <shn-situation-list layout="table" />; // error
export const unknownProp = <shn-situation-list colour="red" />; // error
export const badHandler = <shn-situation-list onshn-situation-select={(event: CustomEvent<{ open: boolean }>) => event.detail.open} />; // error
export const readOnly = <shn-contact-status state="open" />; // error
export const badSituation = <shn-referral-card situation="arson" />; // error
export const wrapperBadValue = <ShnContactStatus audience="bogus" />; // error
export const wrapperReadOnly = <ShnContactStatus state="open" />; // error
export const wrapperBadHandler = <ShnSituationList onShnSituationSelect={(event) => event.detail.open} />; // error
export const fine = <shn-referral-card audience="municipality" domain="crisis" heading-level={3} />;
