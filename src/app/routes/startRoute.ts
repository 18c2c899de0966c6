/**
 * The data the page at the opening address needs, asked for before React renders. Opening an issue
 * directly used to run one step after another: the app bundle, then the session check, then the
 * editor's code, then the issue. The session check, the page's code (preloadOpeningPage.ts) and
 * the issue now travel together; the routes still decide what to show once they answer.
 */
import type { QueryClient } from '@tanstack/react-query';
import { meQueryOptions } from '../api/auth.ts';
import { issueQueryOptions } from '../api/issues.ts';
import { routePath } from './preloadOpeningPage.ts';

const ISSUE = /^\/issues\/([^/]+)\/?$/;

export function startRoute(client: QueryClient, pathname: string): void {
  const path = routePath(pathname);
  void client.prefetchQuery(meQueryOptions);
  const issue = ISSUE.exec(path)?.[1];
  // Without a session this answers 401, which marks the session ended: the login redirect is unchanged.
  if (issue !== undefined) void client.prefetchQuery(issueQueryOptions(issue));
}
