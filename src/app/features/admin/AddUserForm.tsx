import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { USER_ROLES, type UserRole } from '../../../api/contract.ts';
import { useCreateUser } from '../../api/users.ts';
import { Button } from '../../components/Button.tsx';
import { inputClass, labelClass } from '../../components/inputClass.ts';
import { errorMessage } from '../../i18n/errors.ts';

export const MIN_PASSWORD = 8;

export function AddUserForm() {
  const { t } = useTranslation();
  const id = useId();
  const create = useCreateUser();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<UserRole>('editor');
  const [password, setPassword] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate(
      { username: username.trim(), displayName: displayName.trim() || undefined, role, password },
      {
        onSuccess: () => {
          setUsername('');
          setDisplayName('');
          setPassword('');
          setRole('editor');
        },
      },
    );
  }

  return (
    <form
      onSubmit={submit}
      aria-labelledby={`${id}-title`}
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id={`${id}-title`} className="font-semibold">
        {t('admin.addUser')}
      </h2>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <div className="space-y-1">
          <label htmlFor={`${id}-username`} className={labelClass}>
            {t('admin.username')}
          </label>
          <input
            id={`${id}-username`}
            required
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            pattern="[A-Za-z0-9][A-Za-z0-9_.\-]{1,39}"
            value={username}
            onChange={(event) => setUsername(event.target.value)}
            className={inputClass}
          />
        </div>
        <div className="space-y-1">
          <label htmlFor={`${id}-display`} className={labelClass}>
            {t('admin.displayName')}
          </label>
          <input
            id={`${id}-display`}
            autoComplete="off"
            value={displayName}
            onChange={(event) => setDisplayName(event.target.value)}
            className={inputClass}
          />
        </div>
        <div className="space-y-1">
          <label htmlFor={`${id}-role`} className={labelClass}>
            {t('admin.role')}
          </label>
          <select
            id={`${id}-role`}
            value={role}
            onChange={(event) => setRole(event.target.value as UserRole)}
            className={inputClass}
          >
            {USER_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor={`${id}-password`} className={labelClass}>
            {t('admin.password')}
          </label>
          <input
            id={`${id}-password`}
            type="password"
            required
            minLength={MIN_PASSWORD}
            autoComplete="new-password"
            aria-describedby={`${id}-password-hint`}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            className={inputClass}
          />
          <p id={`${id}-password-hint`} className="text-xs text-slate-500">
            {t('admin.passwordHint', { min: MIN_PASSWORD })}
          </p>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="primary" disabled={create.isPending}>
          {create.isPending ? t('admin.creating') : t('admin.create')}
        </Button>
        <p role="status" className="text-sm">
          {create.isSuccess && (
            <span className="text-emerald-700">{t('admin.created', { name: create.data.displayName })}</span>
          )}
          {create.isError && <span className="text-red-700">{errorMessage(t, create.error)}</span>}
        </p>
      </div>
    </form>
  );
}
