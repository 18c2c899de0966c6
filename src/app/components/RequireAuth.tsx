import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Redirect, useLocation, useSearch } from 'wouter';
import type { User } from '../../api/contract.ts';
import { useMe } from '../api/auth.ts';
import { ErrorState } from './ErrorState.tsx';
import { Spinner } from './Spinner.tsx';

/** Renders its children with the signed-in user, or sends the visitor to /login and back afterwards. */
export function RequireAuth({ children }: { children: (user: User) => ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  const [location] = useLocation();
  const search = useSearch();

  if (me.isPending) {
    return (
      <div className="grid min-h-screen place-items-center">
        <Spinner label={t('app.loading')} />
      </div>
    );
  }
  if (me.isError) {
    return (
      <main className="mx-auto max-w-lg p-8">
        <ErrorState title={t('errors.network')} error={me.error} onRetry={() => void me.refetch()} />
      </main>
    );
  }
  if (me.data === null) {
    const back = location + (search ? `?${search}` : '');
    const next = back === '/' ? '' : `?next=${encodeURIComponent(back)}`;
    return <Redirect to={`/login${next}`} replace />;
  }
  return <>{children(me.data)}</>;
}
