import { ShnReferralCard } from '@slachtofferhulp/widgets/react';
import { Chooser } from './chooser';

// A server component: the wrappers render here, and the HTML carries their attributes.
export default function Page() {
  return (
    <main>
      <ShnReferralCard audience="victim" situation="fraud" headingLevel={2} />
      <Chooser />
    </main>
  );
}
