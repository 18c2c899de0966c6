import type { ReactNode } from 'react';
import { ISSUE_STATUSES, ROLE_RANK, type User } from '../../../../api/contract.ts';
import { ErrorState } from '../../../components/ErrorState.tsx';
import { Spinner } from '../../../components/Spinner.tsx';
import { StatusBadge } from '../../../components/StatusBadge.tsx';
import { formatIssueDate } from '../../../lib/format.ts';
import { useStats } from '../api/stats.ts';
import { useReviewT, type ReviewT } from '../i18n.ts';
import { durationParts } from '../logic/duration.ts';
import { BarChart } from './BarChart.tsx';
import { Forbidden } from './Forbidden.tsx';

function formatDuration(t: ReviewT, seconds: number): string {
  const d = durationParts(seconds);
  if (d.unit === 'minutes') return t('duration.minutes', { count: d.count });
  if (d.unit === 'hours') return t('duration.hours', { hours: d.hours, minutes: d.minutes });
  return t('duration.days', { days: d.days, hours: d.hours });
}

function Card({ title, children, hint }: { title: string; children: ReactNode; hint?: string }) {
  return (
    <section aria-label={title} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="font-semibold">{title}</h2>
      {hint && <p className="text-xs text-slate-500">{hint}</p>}
      {children}
    </section>
  );
}

function Stats() {
  const { t, language } = useReviewT();
  const stats = useStats();
  if (stats.isPending) return <Spinner label={t('stats.title')} />;
  if (stats.isError) {
    return (
      <ErrorState title={t('stats.errorTitle')} error={stats.error} onRetry={() => void stats.refetch()} />
    );
  }
  const s = stats.data;
  const number = new Intl.NumberFormat(language);
  const decimal = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const weeks = s.approvalsPerWeek;
  const shortDate = (iso: string) => {
    const [, m, d] = iso.split('-');
    return `${Number(m)}/${Number(d)}`;
  };
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Card title={t('stats.byStatus')}>
        <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3">
          {ISSUE_STATUSES.map((status) => (
            <div
              key={status}
              className="flex items-center justify-between gap-2 rounded border border-slate-100 px-2 py-1"
            >
              <dt>
                <StatusBadge status={status} />
              </dt>
              <dd className="font-semibold tabular-nums">{number.format(s.byStatus[status] ?? 0)}</dd>
            </div>
          ))}
        </dl>
      </Card>
      <Card title={t('stats.medianEditing')} hint={t('stats.medianEditingHint')}>
        <p className="text-3xl font-bold tabular-nums">
          {s.medianEditingSeconds === null
            ? t('stats.noneSubmitted')
            : formatDuration(t, s.medianEditingSeconds)}
        </p>
      </Card>
      <Card title={t('stats.boundaries')}>
        {s.boundariesByPublication.length === 0 ? (
          <p className="text-sm text-slate-500">{t('stats.noBoundaries')}</p>
        ) : (
          <table className="w-full text-sm">
            <caption className="sr-only">{t('stats.boundaries')}</caption>
            <thead className="text-left text-slate-600">
              <tr>
                <th scope="col" className="py-1 pr-3 font-semibold">
                  {t('stats.colPublication')}
                </th>
                <th scope="col" className="py-1 pr-3 text-right font-semibold">
                  {t('stats.colIssues')}
                </th>
                <th scope="col" className="py-1 pr-3 text-right font-semibold">
                  {t('stats.colArticles')}
                </th>
                <th scope="col" className="py-1 pr-3 text-right font-semibold">
                  {t('stats.colBoundaries')}
                </th>
                <th scope="col" className="py-1 text-right font-semibold">
                  {t('stats.colPer100')}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {s.boundariesByPublication.map((row) => (
                <tr key={row.publication ?? ''}>
                  <th scope="row" className="py-1 pr-3 text-left font-normal">
                    {row.publication ?? t('stats.noPublication')}
                  </th>
                  <td className="py-1 pr-3 text-right tabular-nums">{number.format(row.issues)}</td>
                  <td className="py-1 pr-3 text-right tabular-nums">{number.format(row.articles)}</td>
                  <td className="py-1 pr-3 text-right tabular-nums">
                    {number.format(row.boundariesChanged)}
                  </td>
                  <td className="py-1 text-right font-semibold tabular-nums">
                    {decimal.format(row.per100Articles)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
      <Card title={t('stats.approvalsPerWeek')}>
        <BarChart
          data={weeks.map((w) => ({ label: w.weekStart, value: w.count }))}
          label={t('stats.approvalsChart', {
            from: weeks[0] ? formatIssueDate(weeks[0].weekStart, language) : '',
            to: weeks.at(-1) ? formatIssueDate(weeks.at(-1)!.weekStart, language) : '',
          })}
          barLabel={(bar) =>
            t('stats.weekBar', { week: formatIssueDate(bar.label, language), count: bar.value })
          }
          tickLabel={(bar) => shortDate(bar.label)}
        />
      </Card>
    </div>
  );
}

/** Route target for /stats (supervisors and admins). */
export function StatsPage({ user }: { user: User }) {
  const { t } = useReviewT();
  if (ROLE_RANK[user.role] < ROLE_RANK.supervisor) return <Forbidden message={t('stats.forbidden')} />;
  return (
    <main id="main" className="mx-auto max-w-screen-2xl space-y-4 px-4 py-6 sm:px-6">
      <h1 className="text-2xl font-bold">{t('stats.title')}</h1>
      <Stats />
    </main>
  );
}
