import type { TFunction } from 'i18next';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Redirect, useLocation, useSearchParams } from 'wouter';
import { useLogin, useMe } from '../../api/auth.ts';
import { Button } from '../../components/Button.tsx';
import { inputClass, labelClass } from '../../components/inputClass.ts';
import { LanguageSwitcher } from '../../components/LanguageSwitcher.tsx';
import { errorMessage } from '../../i18n/errors.ts';
import { isApiError } from '../../api/client.ts';
import { safeNext } from '../../lib/safeNext.ts';

/** On the login form a 403 can only mean the account was deactivated. */
function loginErrorMessage(t: TFunction, error: unknown): string {
  if (isApiError(error) && error.status === 403 && error.code === 'forbidden')
    return t('errors.accountDeactivated');
  return errorMessage(t, error);
}

export function LoginPage() {
  const { t } = useTranslation();
  const me = useMe();
  const login = useLogin();
  const [, navigate] = useLocation();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');

  if (me.data) return <Redirect to={next} replace />;

  function submit(event: FormEvent) {
    event.preventDefault();
    login.mutate(
      { username: username.trim(), password },
      { onSuccess: () => navigate(next, { replace: true }) },
    );
  }

  return (
    <div className="flex min-h-screen flex-col bg-slate-50">
      <div className="flex justify-end p-4">
        <LanguageSwitcher />
      </div>
      <main id="main" className="flex flex-1 items-start justify-center px-4 pt-[12vh]">
        <div className="w-full max-w-sm">
          <p className="mb-1 text-center text-sm text-slate-500">{t('app.tagline')}</p>
          <h1 className="mb-6 text-center text-2xl font-bold text-slate-900">{t('login.title')}</h1>
          <form
            onSubmit={submit}
            className="space-y-4 rounded-xl border border-slate-200 bg-white p-6 shadow-sm"
            noValidate
          >
            <div className="space-y-1">
              <label htmlFor="login-username" className={labelClass}>
                {t('login.username')}
              </label>
              <input
                id="login-username"
                name="username"
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                required
                value={username}
                onChange={(event) => setUsername(event.target.value)}
                className={inputClass}
                autoFocus
              />
            </div>
            <div className="space-y-1">
              <label htmlFor="login-password" className={labelClass}>
                {t('login.password')}
              </label>
              <input
                id="login-password"
                name="password"
                type="password"
                autoComplete="current-password"
                required
                value={password}
                onChange={(event) => setPassword(event.target.value)}
                className={inputClass}
                aria-invalid={login.isError || undefined}
                aria-describedby={login.isError ? 'login-error' : undefined}
              />
            </div>
            {login.isError && (
              <p
                id="login-error"
                role="alert"
                className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700"
              >
                {loginErrorMessage(t, login.error)}
              </p>
            )}
            <Button
              type="submit"
              variant="primary"
              className="w-full"
              disabled={login.isPending || !username.trim() || !password}
            >
              {login.isPending ? t('login.submitting') : t('login.submit')}
            </Button>
          </form>
        </div>
      </main>
    </div>
  );
}
