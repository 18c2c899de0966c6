import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { User } from '../../../../api/contract.ts';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { ErrorState } from '../../../components/ErrorState.tsx';
import { Spinner } from '../../../components/Spinner.tsx';
import { formatDateTime, formatIssueDate, formatRelative } from '../../../lib/format.ts';
import { useNow } from '../../../lib/useNow.ts';
import { useReviewQueue } from '../api/reviewQueue.ts';
import { useReviewT } from '../i18n.ts';
import { canDecide } from '../logic/canDecide.ts';
import { Forbidden } from './Forbidden.tsx';

function QueueTable() {
  const { t, language } = useReviewT();
  const justNow = useTranslation().t('time.justNow');
  const now = useNow();
  const queue = useReviewQueue();
  if (queue.isPending) return <Spinner label={t('queue.loading')} />;
  if (queue.isError) {
    return (
      <ErrorState title={t('queue.errorTitle')} error={queue.error} onRetry={() => void queue.refetch()} />
    );
  }
  if (queue.data.length === 0)
    return <EmptyState title={t('queue.emptyTitle')} body={t('queue.emptyBody')} />;
  const list = new Intl.ListFormat(language, { type: 'conjunction' });
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm">
        <caption className="sr-only">{t('queue.table')}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-left text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">
              {t('queue.colIssue')}
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              {t('queue.colEditors')}
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              {t('queue.colSubmitted')}
            </th>
            <th scope="col" className="px-3 py-2 text-right font-semibold">
              {t('queue.colSize')}
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              {t('queue.colMessage')}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {queue.data.map((item) => {
            const { issue, figures } = item;
            const name = issue.publication ?? issue.filename;
            return (
              <tr key={issue.id} className="hover:bg-slate-50">
                <td className="px-3 py-2">
                  <Link href={`/review/${issue.id}`} className="font-medium text-sky-800 hover:underline">
                    {name}
                  </Link>
                  <span className="ml-2 text-slate-600">
                    {issue.date ? formatIssueDate(issue.date, language) : ''} {issue.edition ?? ''}
                  </span>
                </td>
                <td className="px-3 py-2">
                  {item.editors.length > 0
                    ? list.format(item.editors.map((e) => e.displayName))
                    : t('queue.nobody')}
                </td>
                <td className="px-3 py-2 whitespace-nowrap">
                  <time dateTime={item.submittedAt} title={formatDateTime(item.submittedAt, language)}>
                    {item.submittedBy
                      ? t('queue.submittedBy', {
                          when: formatRelative(item.submittedAt, language, now, justNow),
                          name: item.submittedBy.displayName,
                        })
                      : formatRelative(item.submittedAt, language, now, justNow)}
                  </time>
                </td>
                <td className="px-3 py-2 text-right">
                  <span className="font-semibold tabular-nums">
                    {t('queue.size', { count: item.changeCount })}
                  </span>
                  <span className="block text-xs text-slate-500">
                    {t('queue.sizeDetail', {
                      boundaries: figures.boundariesChanged,
                      proposal: figures.proposalArticles,
                      result: figures.resultArticles,
                    })}
                  </span>
                </td>
                <td className="max-w-xs truncate px-3 py-2 text-slate-600" title={item.message ?? undefined}>
                  {item.message ?? ''}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Route target for /review: the submitted issues, longest waiting first. */
export function QueuePage({ user }: { user: User }) {
  const { t } = useReviewT();
  const { t: tShell } = useTranslation();
  if (!canDecide(user)) return <Forbidden message={tShell('errors.forbidden')} />;
  return (
    <main id="main" className="mx-auto max-w-screen-2xl space-y-4 px-4 py-6 sm:px-6">
      <div>
        <h1 className="text-2xl font-bold">{t('queue.title')}</h1>
        <p className="text-sm text-slate-600">{t('queue.intro')}</p>
      </div>
      <QueueTable />
    </main>
  );
}
