'use client';
import { ShnSituationList } from '@slachtofferhulp/widgets/react';

export function Chooser() {
  return (
    <ShnSituationList
      situations="fraud burglary"
      onShnSituationSelect={(event) => {
        event.preventDefault();
        console.log('chosen', event.detail.id);
      }}
    />
  );
}
