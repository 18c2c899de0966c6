import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Switch } from 'wouter';
import { createQueryClient } from './api/queryClient.ts';
import { AppHeader } from './components/AppHeader.tsx';
import { RequireAuth } from './components/RequireAuth.tsx';
import { UsersPage } from './features/admin/UsersPage.tsx';
import { LoginPage } from './features/auth/LoginPage.tsx';
import { LibraryPage } from './features/library/LibraryPage.tsx';
import { EditorPage } from './features/editor/EditorPage.tsx';
import { AuditPage, QueuePage, ReviewPage, StatsPage } from './features/review/index.ts';
import { NotFound } from './routes/NotFound.tsx';

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

export function App() {
  const [queryClient] = useState(createQueryClient);
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
                <Switch>
                  <Route path="/">
                    <LibraryPage />
                  </Route>
                  <Route path="/issues/:id">{(params) => <EditorPage id={params.id} />}</Route>
                  <Route path="/review">{() => <QueuePage user={user} />}</Route>
                  <Route path="/review/:id">{(params) => <ReviewPage id={params.id} user={user} />}</Route>
                  <Route path="/audit">{() => <AuditPage user={user} />}</Route>
                  <Route path="/stats">{() => <StatsPage user={user} />}</Route>
                  <Route path="/admin/users">
                    <UsersPage currentUser={user} />
                  </Route>
                  <Route component={NotFound} />
                </Switch>
              </div>
            )}
          </RequireAuth>
        </Route>
      </Switch>
    </QueryClientProvider>
  );
}
