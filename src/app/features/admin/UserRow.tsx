import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { USER_ROLES, type User, type UserRole } from '../../../api/contract.ts';
import { useUpdateUser } from '../../api/users.ts';
import { Button } from '../../components/Button.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { inputClass } from '../../components/inputClass.ts';
import { errorMessage } from '../../i18n/errors.ts';
import { MIN_PASSWORD } from './AddUserForm.tsx';

export function UserRow({ user, isSelf }: { user: User; isSelf: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const update = useUpdateUser();
  const [resetting, setResetting] = useState(false);
  const [password, setPassword] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const name = user.displayName;

  function resetPassword(event: FormEvent) {
    event.preventDefault();
    update.mutate(
      { id: user.id, body: { password } },
      {
        onSuccess: () => {
          setResetting(false);
          setPassword('');
          setNotice(t('admin.passwordReset', { name }));
        },
      },
    );
  }

  return (
    <tr className={user.active ? '' : 'bg-slate-50 text-slate-500'}>
      <th scope="row" className="px-3 py-2 text-left font-normal">
        <span className="font-medium text-slate-900">{name}</span>{' '}
        <span className="text-slate-500">@{user.username}</span>
        {isSelf && <span className="ml-1 text-xs text-slate-500">({t('admin.you')})</span>}
      </th>
      <td className="px-3 py-2">
        <label htmlFor={`${id}-role`} className="sr-only">
          {t('admin.roleFor', { name })}
        </label>
        <select
          id={`${id}-role`}
          value={user.role}
          disabled={isSelf || update.isPending}
          onChange={(event) =>
            update.mutate(
              { id: user.id, body: { role: event.target.value as UserRole } },
              { onSuccess: () => setNotice(null) },
            )
          }
          className={`${inputClass} w-auto`}
        >
          {USER_ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </select>
      </td>
      <td className="px-3 py-2">
        <span
          className={`rounded-full px-2 py-0.5 text-xs ring-1 ring-inset ${
            user.active
              ? 'bg-emerald-50 text-emerald-800 ring-emerald-300'
              : 'bg-slate-100 text-slate-600 ring-slate-300'
          }`}
        >
          {user.active ? t('admin.active') : t('admin.deactivated')}
        </span>
      </td>
      <td className="space-y-2 px-3 py-2">
        <div className="flex flex-wrap gap-2">
          {!resetting && (
            <Button size="sm" onClick={() => setResetting(true)} disabled={!user.active}>
              {t('admin.resetPassword')}
            </Button>
          )}
          {user.active ? (
            <Button
              size="sm"
              variant="danger"
              disabled={isSelf || update.isPending}
              onClick={() => setConfirming(true)}
              aria-label={t('admin.deactivateFor', { name })}
            >
              {t('admin.deactivate')}
            </Button>
          ) : (
            <Button
              size="sm"
              disabled={update.isPending}
              onClick={() => update.mutate({ id: user.id, body: { active: true } })}
              aria-label={t('admin.reactivateFor', { name })}
            >
              {t('admin.reactivate')}
            </Button>
          )}
        </div>
        {resetting && (
          <form onSubmit={resetPassword} className="flex flex-wrap items-center gap-2">
            <label htmlFor={`${id}-password`} className="sr-only">
              {t('admin.resetPasswordFor', { name })}
            </label>
            <input
              id={`${id}-password`}
              type="password"
              required
              minLength={MIN_PASSWORD}
              autoComplete="new-password"
              placeholder={t('admin.newPassword')}
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              className={`${inputClass} w-48`}
              autoFocus
            />
            <Button type="submit" size="sm" variant="primary" disabled={update.isPending}>
              {t('admin.save')}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setResetting(false)}>
              {t('admin.cancel')}
            </Button>
          </form>
        )}
        <p role="status" className="text-sm">
          {update.isError ? <span className="text-red-700">{errorMessage(t, update.error)}</span> : notice}
        </p>
        <Dialog
          open={confirming}
          onClose={() => setConfirming(false)}
          title={t('admin.deactivateFor', { name })}
          width="max-w-md"
        >
          <p className="px-6 py-4 text-sm">{t('admin.confirmDeactivate', { name })}</p>
          <div className="flex justify-end gap-2 border-t border-slate-200 px-6 py-3">
            <Button onClick={() => setConfirming(false)}>{t('admin.cancel')}</Button>
            <Button
              variant="danger"
              onClick={() => {
                setConfirming(false);
                update.mutate({ id: user.id, body: { active: false } });
              }}
            >
              {t('admin.deactivate')}
            </Button>
          </div>
        </Dialog>
      </td>
    </tr>
  );
}
