import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { isApiError } from '../api/client.ts';
import { useIssue } from '../api/issues.ts';
import { ErrorState } from '../components/ErrorState.tsx';
import { Spinner } from '../components/Spinner.tsx';
import { StatusBadge } from '../components/StatusBadge.tsx';
import { formatIssueDate } from '../lib/format.ts';

/** A very long source is cut here: this read-only view is a stand-in until the editor takes the route. */
const MAX_SHOWN_CHARS = 200_000;

/** Read-only view of an issue: its details and its source text. */
export function IssueRoute({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const issue = useIssue(id);

  let body;
  if (issue.isPending) {
    body = <Spinner label={t('app.loading')} />;
  } else if (issue.isError) {
    body =
      isApiError(issue.error) && issue.error.status === 404 ? (
        <p role="alert">{t('issue.notFound')}</p>
      ) : (
        <ErrorState title={t('issue.errorTitle')} error={issue.error} onRetry={() => void issue.refetch()} />
      );
  } else {
    const { issue: meta, source, doc } = issue.data;
    const rows: [string, ReactNode][] = [
      [t('issue.publication'), meta.publication ?? '—'],
      [t('issue.date'), meta.date ? formatIssueDate(meta.date, i18n.language) : '—'],
      [t('issue.edition'), meta.edition ?? '—'],
      [t('issue.status'), <StatusBadge key="status" status={meta.status} />],
      [t('issue.articles'), doc.articles.length],
      [t('issue.file'), meta.source.filename],
      [t('issue.encoding'), meta.source.encoding],
      [t('issue.length'), t('issue.characters', { count: meta.source.length })],
    ];
    body = (
      <div className="grid gap-6 lg:grid-cols-[18rem_1fr]">
        <section aria-labelledby="issue-meta" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="issue-meta" className="mb-3 font-semibold">
            {t('issue.metadata')}
          </h2>
          <dl className="space-y-2 text-sm">
            {rows.map(([label, value]) => (
              <div key={label}>
                <dt className="text-slate-500">{label}</dt>
                <dd className="break-all text-slate-900">{value}</dd>
              </div>
            ))}
          </dl>
        </section>
        <section
          aria-labelledby="issue-source"
          className="min-w-0 rounded-lg border border-slate-200 bg-white p-4"
        >
          <h2 id="issue-source" className="mb-3 font-semibold">
            {t('issue.source')}
          </h2>
          <pre className="overflow-x-auto font-sans text-[15px] leading-7 whitespace-pre-wrap text-slate-800">
            {source.length > MAX_SHOWN_CHARS ? `${source.slice(0, MAX_SHOWN_CHARS)}\n…` : source}
          </pre>
        </section>
      </div>
    );
  }

  const title = issue.data
    ? [
        issue.data.issue.publication ?? issue.data.issue.filename,
        issue.data.issue.date,
        issue.data.issue.edition,
      ]
        .filter(Boolean)
        .join(' · ')
    : t('issue.metadata');

  return (
    <main id="main" className="mx-auto max-w-screen-2xl space-y-4 px-4 py-6 sm:px-6">
      <Link href="/" className="text-sm text-sky-800 underline">
        <span aria-hidden="true">← </span>
        {t('issue.back')}
      </Link>
      <h1 className="text-2xl font-bold">{title}</h1>
      {body}
    </main>
  );
}
