import '@slachtofferhulp/widgets/define/shn-situation-list';
import type {} from '@slachtofferhulp/widgets/types/react';
import { ShnContactStatus } from '@slachtofferhulp/widgets/react';

export function App() {
  return (
    <>
      <shn-situation-list
        situations="fraud burglary"
        layout="grid"
        heading-level="3"
        onshn-situation-select={(event) => {
          event.preventDefault();
          console.log('chosen', event.detail.id);
        }}
      />
      <ShnContactStatus audience="professional" compact onShnStatusChange={(event) => console.log('open', event.detail.open)} />
    </>
  );
}
