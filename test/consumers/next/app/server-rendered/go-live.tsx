'use client';
import { useEffect } from 'react';

// In the browser: the hydration support first, then the elements, which take over the server's HTML.
export function GoLive() {
  useEffect(() => {
    import('@slachtofferhulp/widgets/ssr-client').then(() => import('@slachtofferhulp/widgets/define'));
  }, []);
  return null;
}
