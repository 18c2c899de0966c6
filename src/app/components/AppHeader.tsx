import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { User } from '../../api/contract.ts';
import { useLogout } from '../api/auth.ts';
import { ReviewNav } from '../features/review/components/ReviewNav.tsx';
import { Button } from './Button.tsx';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';

function NavLink({ href, children }: { href: string; children: string }) {
  const [location] = useLocation();
  const current = href === '/' ? location === '/' : location.startsWith(href);
  return (
    <Link
      href={href}
      aria-current={current ? 'page' : undefined}
      className={`rounded-md px-3 py-1.5 text-sm font-medium ${current ? 'bg-slate-100 text-slate-900' : 'text-slate-600 hover:text-slate-900'}`}
    >
      {children}
    </Link>
  );
}

export function AppHeader({ user }: { user: User }) {
  const { t } = useTranslation();
  const logout = useLogout();
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-screen-2xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2.5 sm:px-6">
        <Link href="/" className="text-lg font-bold tracking-wide text-slate-900">
          {t('app.name')}
        </Link>
        <nav aria-label={t('nav.main')} className="flex gap-1">
          <NavLink href="/">{t('nav.library')}</NavLink>
          <ReviewNav user={user} />
          {user.role === 'admin' && <NavLink href="/admin/users">{t('nav.users')}</NavLink>}
        </nav>
        <div className="ml-auto flex items-center gap-3">
          <LanguageSwitcher />
          <p className="text-sm text-slate-700">
            <span className="sr-only">{t('nav.signedInAs', { name: user.displayName })}</span>
            <span aria-hidden="true" className="font-medium">
              {user.displayName}
            </span>{' '}
            <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">
              {t(`roles.${user.role}`)}
            </span>
          </p>
          <Button size="sm" variant="ghost" onClick={() => logout.mutate()} disabled={logout.isPending}>
            {logout.isPending ? t('nav.loggingOut') : t('nav.logout')}
          </Button>
        </div>
      </div>
    </header>
  );
}
