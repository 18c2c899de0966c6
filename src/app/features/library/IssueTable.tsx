import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { IssueSort, IssueSummary } from '../../../api/contract.ts';
import { issueExportUrl } from '../../api/issues.ts';
import { buttonClass } from '../../components/Button.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { formatDateTime, formatIssueDate, formatRelative } from '../../lib/format.ts';
import { nextSort, sortDirection, type SortColumn } from './librarySearch.ts';

/** How an issue is named in links and labels: its publication, or its file when the name gave none. */
export function useIssueName() {
  const { t } = useTranslation();
  return (issue: Pick<IssueSummary, 'publication' | 'filename'>) =>
    issue.publication ?? t('library.untitled', { filename: issue.filename });
}

function SortHeader({
  column,
  label,
  sort,
  onSort,
  numeric = false,
}: {
  column: SortColumn;
  label: string;
  sort: IssueSort;
  onSort: (sort: IssueSort) => void;
  numeric?: boolean;
}) {
  const direction = sortDirection(sort, column);
  return (
    <th
      scope="col"
      aria-sort={direction ?? undefined}
      className={`px-3 py-2 ${numeric ? 'text-right' : 'text-left'}`}
    >
      <button
        type="button"
        onClick={() => onSort(nextSort(sort, column))}
        className="inline-flex items-center gap-1 font-semibold hover:text-slate-900"
      >
        {label}
        <span aria-hidden="true" className="w-3 text-slate-400">
          {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : ''}
        </span>
      </button>
    </th>
  );
}

function Presence({ issue, language }: { issue: IssueSummary; language: string }) {
  const { t } = useTranslation();
  if (issue.editing.length === 0) return null;
  const names = new Intl.ListFormat(language, { type: 'conjunction' }).format(
    issue.editing.map((e) => e.displayName),
  );
  return (
    <span className="inline-flex items-center gap-1 rounded-full bg-violet-50 px-2 py-0.5 text-xs text-violet-800">
      <span aria-hidden="true" className="h-1.5 w-1.5 rounded-full bg-violet-500 motion-safe:animate-pulse" />
      {t('library.editing', { name: names })}
    </span>
  );
}

interface IssueTableProps {
  issues: IssueSummary[];
  sort: IssueSort;
  onSort: (sort: IssueSort) => void;
  now: number;
  /** Dims the rows while the next page or filter result loads. */
  stale: boolean;
}

export function IssueTable({ issues, sort, onSort, now, stale }: IssueTableProps) {
  const { t, i18n } = useTranslation();
  const issueName = useIssueName();
  const language = i18n.language;
  const header = { sort, onSort };

  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className={`w-full text-sm ${stale ? 'opacity-60' : ''}`} aria-busy={stale}>
        <caption className="sr-only">{t('library.issues')}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-slate-600">
          <tr>
            <SortHeader column="publication" label={t('library.colPublication')} {...header} />
            <SortHeader column="date" label={t('library.colDate')} {...header} />
            <th scope="col" className="px-3 py-2 text-left font-semibold">
              {t('library.colEdition')}
            </th>
            <SortHeader column="status" label={t('library.colStatus')} {...header} />
            <SortHeader column="articles" label={t('library.colArticles')} numeric {...header} />
            <SortHeader column="flags" label={t('library.colFlags')} numeric {...header} />
            <th scope="col" className="px-3 py-2 text-left font-semibold">
              {t('library.colAssignee')}
            </th>
            <SortHeader column="updated" label={t('library.colLastChange')} {...header} />
            <th scope="col" className="px-3 py-2 text-left font-semibold">
              <span className="sr-only">{t('library.colActions')}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {issues.map((issue) => {
            const name = issueName(issue);
            const label = [name, issue.date, issue.edition].filter(Boolean).join(' ');
            return (
              <tr key={issue.id} className="hover:bg-slate-50">
                <td className="px-3 py-2">
                  <div className="flex flex-wrap items-center gap-2">
                    <Link href={`/issues/${issue.id}`} className="font-medium text-sky-800 hover:underline">
                      {name}
                    </Link>
                    <Presence issue={issue} language={language} />
                  </div>
                </td>
                <td className="px-3 py-2 whitespace-nowrap tabular-nums">
                  {issue.date ? (
                    <time dateTime={issue.date}>{formatIssueDate(issue.date, language)}</time>
                  ) : (
                    <span className="text-slate-400">{t('library.noDate')}</span>
                  )}
                </td>
                <td className="px-3 py-2">{issue.edition ?? '—'}</td>
                <td className="px-3 py-2">
                  <StatusBadge status={issue.status} />
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{issue.articleCount}</td>
                <td
                  className={`px-3 py-2 text-right tabular-nums ${issue.flagCount > 0 ? 'font-semibold text-amber-700' : ''}`}
                >
                  {issue.flagCount}
                </td>
                <td className="px-3 py-2">
                  {issue.assignee?.displayName ?? (
                    <span className="text-slate-400">{t('library.nobody')}</span>
                  )}
                </td>
                <td className="px-3 py-2 whitespace-nowrap">
                  <time dateTime={issue.updatedAt} title={formatDateTime(issue.updatedAt, language)}>
                    {issue.updatedBy
                      ? t('library.lastChangeBy', {
                          when: formatRelative(issue.updatedAt, language, now, t('time.justNow')),
                          name: issue.updatedBy.displayName,
                        })
                      : formatRelative(issue.updatedAt, language, now, t('time.justNow'))}
                  </time>
                </td>
                <td className="px-3 py-2 text-right">
                  <a
                    href={issueExportUrl(issue.id)}
                    download
                    aria-label={t('library.exportJsonFor', { name: label })}
                    className={buttonClass('ghost', 'sm')}
                  >
                    {t('library.exportJson')}
                  </a>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function IssueTableSkeleton({ rows = 8 }: { rows?: number }) {
  const { t } = useTranslation();
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-3" aria-busy="true">
      <span role="status" className="sr-only">
        {t('library.loadingIssues')}
      </span>
      <div className="space-y-3" aria-hidden="true">
        {Array.from({ length: rows }, (_, i) => (
          <div key={i} className="flex gap-4 motion-safe:animate-pulse">
            <div className="h-4 w-40 rounded bg-slate-200" />
            <div className="h-4 w-24 rounded bg-slate-200" />
            <div className="h-4 w-12 rounded bg-slate-200" />
            <div className="h-4 w-20 rounded-full bg-slate-200" />
            <div className="h-4 flex-1 rounded bg-slate-100" />
          </div>
        ))}
      </div>
    </div>
  );
}
