/**
 * Pages that load on demand. Most visits start on the library, so the editor, review and admin
 * screens, and what only they use (document ops, export, diff, virtual lists, their i18n bundles),
 * stay out of the JavaScript the library waits for.
 */
import { lazy, type ComponentType } from 'react';

interface PageModule<P> {
  default: ComponentType<P>;
}

/**
 * A thenable that calls back at once. React.lazy renders without suspending when its loader's
 * thenable resolves synchronously. A route that suspends shows its fallback for at least React's
 * 300 ms reveal throttle, even when the code arrives a moment later; PageCodeGate waits for the code
 * itself instead, so the lazy page finds it here.
 */
function settled<P>(module: PageModule<P>): Promise<PageModule<P>> {
  return { then: (onFulfilled: (m: PageModule<P>) => unknown) => onFulfilled(module) } as Promise<
    PageModule<P>
  >;
}

interface PageCode {
  preload(): Promise<unknown>;
  /** The code is here: the page renders without suspending. */
  ready(): boolean;
}

function page<P>(load: () => Promise<ComponentType<P>>) {
  let loaded: PageModule<P> | null = null;
  let loading: Promise<PageModule<P>> | null = null;
  const preload = (): Promise<PageModule<P>> =>
    (loading ??= load().then(
      (component) => (loaded = { default: component }),
      (error: unknown) => {
        // A failed download (a deploy replaced the chunk, the network dropped) may be retried.
        loading = null;
        throw error;
      },
    ));
  const code: PageCode = { preload, ready: () => loaded !== null };
  return { Page: lazy(() => (loaded ? settled(loaded) : preload())), code };
}

const editor = page(() => import('../features/editor/EditorPage.tsx').then((m) => m.EditorPage));
const review = page(() => import('../features/review/components/ReviewPage.tsx').then((m) => m.ReviewPage));
const queue = page(() => import('../features/review/components/QueuePage.tsx').then((m) => m.QueuePage));
const audit = page(() => import('../features/review/components/AuditPage.tsx').then((m) => m.AuditPage));
const stats = page(() => import('../features/review/components/StatsPage.tsx').then((m) => m.StatsPage));
const users = page(() => import('../features/admin/UsersPage.tsx').then((m) => m.UsersPage));

export const EditorPage = editor.Page;
export const ReviewPage = review.Page;
export const QueuePage = queue.Page;
export const AuditPage = audit.Page;
export const StatsPage = stats.Page;
export const UsersPage = users.Page;

const ROUTES: [RegExp, PageCode][] = [
  [/^\/issues\/[^/]+\/?$/, editor.code],
  [/^\/review\/?$/, queue.code],
  [/^\/review\/[^/]+\/?$/, review.code],
  [/^\/audit\/?$/, audit.code],
  [/^\/stats\/?$/, stats.code],
  [/^\/admin\/users\/?$/, users.code],
];

/** The lazily loaded page at an address, if it is one. */
export function pageCodeFor(pathname: string): PageCode | null {
  return ROUTES.find(([path]) => path.test(pathname))?.[1] ?? null;
}

/** Starts loading the page for an address before the app renders it. */
export function preloadPageFor(pathname: string): void {
  void pageCodeFor(pathname)
    ?.preload()
    .catch(() => undefined);
}

/** The editor is where most visits go from the library: its code can load while the list is read. */
export const preloadEditorPage = (): void => void editor.code.preload().catch(() => undefined);
