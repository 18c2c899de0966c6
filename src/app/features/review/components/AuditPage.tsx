import { useCallback, useId, useMemo } from 'react';
import { useLocation, useSearch } from 'wouter';
import {
  AUDIT_ACTIONS,
  ROLE_RANK,
  type AuditAction,
  type AuditQuery,
  type User,
} from '../../../../api/contract.ts';
import { useUsers } from '../../../api/users.ts';
import { Button } from '../../../components/Button.tsx';
import { DebouncedInput } from '../../../components/DebouncedInput.tsx';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { ErrorState } from '../../../components/ErrorState.tsx';
import { inputClass, labelClass } from '../../../components/inputClass.ts';
import { Spinner } from '../../../components/Spinner.tsx';
import { AUDIT_PAGE_SIZE, useAudit } from '../api/audit.ts';
import { useReviewT } from '../i18n.ts';
import { auditSearchString, parseAuditSearch, type AuditFilters } from '../logic/auditSearch.ts';
import { AuditTable } from './AuditTable.tsx';
import { Forbidden } from './Forbidden.tsx';

function UserSelect({ id, value, onChange }: { id: string; value: string; onChange: (v: string) => void }) {
  const users = useUsers();
  if (!users.data)
    return <DebouncedInput id={id} value={value} onCommit={onChange} className={`${inputClass} font-mono`} />;
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)} className={inputClass}>
      <option value="">—</option>
      {users.data.items.map((u) => (
        <option key={u.id} value={u.id}>
          {u.displayName} (@{u.username})
        </option>
      ))}
    </select>
  );
}

/** Administrators may list accounts, so they pick a user by name; supervisors type the id. */
function UserFilter({
  value,
  onChange,
  isAdmin,
}: {
  value: string;
  onChange: (v: string) => void;
  isAdmin: boolean;
}) {
  const { t } = useReviewT();
  const id = useId();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className={labelClass}>
        {t('audit.user')}
      </label>
      {isAdmin ? (
        <UserSelect id={id} value={value} onChange={onChange} />
      ) : (
        <DebouncedInput id={id} value={value} onCommit={onChange} className={`${inputClass} font-mono`} />
      )}
    </div>
  );
}

function useAuditFilters(): [AuditFilters, (next: AuditFilters) => void] {
  const search = useSearch();
  const [, navigate] = useLocation();
  const filters = useMemo(() => parseAuditSearch(search), [search]);
  const set = useCallback(
    (next: AuditFilters) => {
      const qs = auditSearchString(next);
      navigate(qs ? `/audit?${qs}` : '/audit', { replace: true });
    },
    [navigate],
  );
  return [filters, set];
}

function AuditLog({ isAdmin }: { isAdmin: boolean }) {
  const { t, language } = useReviewT();
  const [filters, setFilters] = useAuditFilters();
  const query: AuditQuery = {
    page: filters.page,
    pageSize: AUDIT_PAGE_SIZE,
    ...(filters.issueId ? { issueId: filters.issueId } : {}),
    ...(filters.userId ? { userId: filters.userId } : {}),
    ...(filters.action ? { action: filters.action } : {}),
  };
  const audit = useAudit(query);
  const issueInput = useId();
  const actionInput = useId();
  const change = (part: Partial<AuditFilters>) => setFilters({ ...filters, ...part, page: 1 });
  const number = new Intl.NumberFormat(language);
  const pages = Math.max(1, Math.ceil((audit.data?.total ?? 0) / AUDIT_PAGE_SIZE));

  return (
    <>
      <form
        role="search"
        aria-label={t('audit.filters')}
        onSubmit={(e) => e.preventDefault()}
        className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-4"
      >
        <div className="space-y-1">
          <label htmlFor={issueInput} className={labelClass}>
            {t('audit.issue')}
          </label>
          <DebouncedInput
            id={issueInput}
            value={filters.issueId}
            onCommit={(issueId) => change({ issueId: issueId.trim() })}
            className={`${inputClass} font-mono`}
          />
        </div>
        <UserFilter
          value={filters.userId}
          onChange={(userId) => change({ userId: userId.trim() })}
          isAdmin={isAdmin}
        />
        <div className="space-y-1">
          <label htmlFor={actionInput} className={labelClass}>
            {t('audit.action')}
          </label>
          <select
            id={actionInput}
            value={filters.action ?? ''}
            onChange={(e) => change({ action: (e.target.value || null) as AuditAction | null })}
            className={inputClass}
          >
            <option value="">{t('audit.anyAction')}</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {t(`audit.actions.${a}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex items-end">
          <Button onClick={() => setFilters({ issueId: '', userId: '', action: null, page: 1 })}>
            {t('audit.clear')}
          </Button>
        </div>
      </form>
      {audit.isPending ? (
        <Spinner label={t('audit.title')} />
      ) : audit.isError && !audit.data ? (
        <ErrorState title={t('audit.errorTitle')} error={audit.error} onRetry={() => void audit.refetch()} />
      ) : audit.data.items.length === 0 ? (
        <EmptyState title={t('audit.empty')} body="" />
      ) : (
        <div className="space-y-3">
          <div className="rounded-lg border border-slate-200 bg-white">
            <AuditTable
              entries={audit.data.items}
              caption={t('audit.table')}
              stale={audit.isPlaceholderData}
              issueLink={(issueId) => `/review/${encodeURIComponent(issueId)}`}
            />
          </div>
          <nav className="flex items-center justify-between text-sm">
            <p className="text-slate-600">{t('audit.total', { total: number.format(audit.data.total) })}</p>
            <div className="flex items-center gap-2">
              <Button
                size="sm"
                disabled={filters.page <= 1}
                onClick={() => setFilters({ ...filters, page: filters.page - 1 })}
              >
                {t('audit.previous')}
              </Button>
              <span className="tabular-nums">{t('audit.pageOf', { page: filters.page, pages })}</span>
              <Button
                size="sm"
                disabled={filters.page >= pages}
                onClick={() => setFilters({ ...filters, page: filters.page + 1 })}
              >
                {t('audit.next')}
              </Button>
            </div>
          </nav>
        </div>
      )}
    </>
  );
}

/** Route target for /audit (supervisors and admins). */
export function AuditPage({ user }: { user: User }) {
  const { t } = useReviewT();
  if (ROLE_RANK[user.role] < ROLE_RANK.supervisor) return <Forbidden message={t('audit.forbidden')} />;
  return (
    <main id="main" className="mx-auto max-w-screen-2xl space-y-4 px-4 py-6 sm:px-6">
      <h1 className="text-2xl font-bold">{t('audit.title')}</h1>
      <AuditLog isAdmin={user.role === 'admin'} />
    </main>
  );
}
