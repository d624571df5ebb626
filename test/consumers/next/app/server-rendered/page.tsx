import { renderWidget } from '@slachtofferhulp/widgets/ssr';
import { GoLive } from './go-live';

// A server component: the status as HTML with a declarative shadow root, styled by a linked stylesheet
// (no inline style) and saying nothing live, since this HTML may be cached; GoLive makes it live.
export default async function ServerRendered() {
  const status = await renderWidget('shn-contact-status', { audience: 'professional' }, { stylesheetBase: '/cdn/' });
  return (
    <main>
      <div dangerouslySetInnerHTML={{ __html: status }} />
      <GoLive />
    </main>
  );
}
