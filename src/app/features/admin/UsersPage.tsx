import { useTranslation } from 'react-i18next';
import type { User } from '../../../api/contract.ts';
import { useUsers } from '../../api/users.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { AddUserForm } from './AddUserForm.tsx';
import { UserRow } from './UserRow.tsx';

function UserList({ currentUser }: { currentUser: User }) {
  const { t } = useTranslation();
  const users = useUsers();
  if (users.isPending) return <Spinner label={t('app.loading')} />;
  if (users.isError) {
    return (
      <ErrorState title={t('admin.errorTitle')} error={users.error} onRetry={() => void users.refetch()} />
    );
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm">
        <caption className="sr-only">{t('admin.title')}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-left text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">
              {t('admin.colUser')}
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              {t('admin.colRole')}
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              {t('admin.colState')}
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              {t('admin.colActions')}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {users.data.items.map((user) => (
            <UserRow key={user.id} user={user} isSelf={user.id === currentUser.id} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function UsersPage({ currentUser }: { currentUser: User }) {
  const { t } = useTranslation();
  return (
    <main id="main" className="mx-auto max-w-screen-xl space-y-5 px-4 py-6 sm:px-6">
      <h1 className="text-2xl font-bold">{t('admin.title')}</h1>
      {currentUser.role === 'admin' ? (
        <>
          <AddUserForm />
          <UserList currentUser={currentUser} />
        </>
      ) : (
        <p role="alert" className="rounded-md bg-amber-50 px-4 py-3 text-amber-800">
          {t('admin.forbidden')}
        </p>
      )}
    </main>
  );
}
