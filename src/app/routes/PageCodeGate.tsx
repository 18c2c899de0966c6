import { useEffect, useReducer, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { pageCodeFor } from './lazyPages.ts';

/**
 * Shows `fallback` until the code of the page at the current address has loaded, then the page.
 * Waiting here rather than in Suspense keeps React's reveal throttle (300 ms after a fallback) off
 * every route change and off opening an issue directly.
 */
export function PageCodeGate({ fallback, children }: { fallback: ReactNode; children: ReactNode }) {
  const [location] = useLocation();
  const code = pageCodeFor(location);
  const [failed, setFailed] = useReducer((_: boolean, next: boolean) => next, false);
  const [, loaded] = useReducer((n: number) => n + 1, 0);
  const ready = !code || code.ready() || failed;
  useEffect(() => {
    if (ready || !code) return;
    let current = true;
    code.preload().then(
      () => current && loaded(),
      // Render the page anyway: its lazy loader retries and Suspense shows the outcome.
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [ready, code]);
  return <>{ready ? children : fallback}</>;
}
