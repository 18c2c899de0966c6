import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Switch } from 'wouter';
import { createQueryClient } from './api/queryClient.ts';
import { AppHeader } from './components/AppHeader.tsx';
import { RequireAuth } from './components/RequireAuth.tsx';
import { LoginPage } from './features/auth/LoginPage.tsx';
import { LibraryPage } from './features/library/LibraryPage.tsx';
import { Spinner } from './components/Spinner.tsx';
import { AuditPage, EditorPage, QueuePage, ReviewPage, StatsPage, UsersPage } from './routes/lazyPages.ts';
import { NotFound } from './routes/NotFound.tsx';
import { PageCodeGate } from './routes/PageCodeGate.tsx';

function PageLoading() {
  const { t } = useTranslation();
  return (
    <div className="grid place-items-center p-10">
      <Spinner label={t('app.loading')} />
    </div>
  );
}

function SkipLink() {
  const { t } = useTranslation();
  return (
    <a
      href="#main"
      className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow"
    >
      {t('app.skipToContent')}
    </a>
  );
}

/** `queryClient`: the one main.tsx started the opening page's requests in (see routes/startRoute.ts). */
export function App({ queryClient: given }: { queryClient?: QueryClient }) {
  const [queryClient] = useState(() => given ?? createQueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <SkipLink />
      <Switch>
        <Route path="/login" component={LoginPage} />
        <Route>
          <RequireAuth>
            {(user) => (
              <div className="min-h-screen bg-slate-50 text-slate-900">
                <AppHeader user={user} />
                <Suspense fallback={<PageLoading />}>
                  <PageCodeGate fallback={<PageLoading />}>
                    <Switch>
                      <Route path="/">
                        <LibraryPage />
                      </Route>
                      <Route path="/issues/:id">{(params) => <EditorPage id={params.id} />}</Route>
                      <Route path="/review">{() => <QueuePage user={user} />}</Route>
                      <Route path="/review/:id">
                        {(params) => <ReviewPage id={params.id} user={user} />}
                      </Route>
                      <Route path="/audit">{() => <AuditPage user={user} />}</Route>
                      <Route path="/stats">{() => <StatsPage user={user} />}</Route>
                      <Route path="/admin/users">
                        <UsersPage currentUser={user} />
                      </Route>
                      <Route component={NotFound} />
                    </Switch>
                  </PageCodeGate>
                </Suspense>
              </div>
            )}
          </RequireAuth>
        </Route>
      </Switch>
    </QueryClientProvider>
  );
}
