import { useId, useState } from 'react';
import { useIssues, type IssueListParams } from '../../../api/issues.ts';
import { Button, buttonClass } from '../../../components/Button.tsx';
import { ErrorState } from '../../../components/ErrorState.tsx';
import { Spinner } from '../../../components/Spinner.tsx';
import { formatIssueDate } from '../../../lib/format.ts';
import { releaseUrl, type ReleaseFormat, type ReleaseSelection } from '../api/release.ts';
import { useReviewT } from '../i18n.ts';

const PAGE_SIZE = 50;

/** The library filter's fields the release endpoint understands. */
export type ReleaseFilter = Pick<IssueListParams, 'publication' | 'from' | 'to' | 'q'>;

type Scope = 'selected' | 'all';

export function ReleaseForm({ filter, onClose }: { filter: ReleaseFilter; onClose: () => void }) {
  const { t, language } = useReviewT();
  const [page, setPage] = useState(1);
  const [chosen, setChosen] = useState<Set<string>>(() => new Set());
  const [scope, setScope] = useState<Scope>('selected');
  const [format, setFormat] = useState<ReleaseFormat>('zip');
  const [started, setStarted] = useState<string | null>(null);
  const name = useId();
  const approved = useIssues({
    ...filter,
    status: 'approved',
    page,
    pageSize: PAGE_SIZE,
    sort: '-date',
  });
  const total = approved.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const items = approved.data?.items ?? [];
  // The release filter has no free-text search: "all matching" would release more than the library shows.
  const allPossible = !filter.q && total > 0;
  const effectiveScope: Scope = allPossible ? scope : 'selected';

  const selection: ReleaseSelection | null =
    effectiveScope === 'all'
      ? { kind: 'filter', publication: filter.publication, from: filter.from, to: filter.to }
      : chosen.size > 0
        ? { kind: 'ids', ids: [...chosen] }
        : null;
  const url = selection ? releaseUrl(selection, format) : null;

  const toggle = (id: string, on: boolean) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const pageAll = items.length > 0 && items.every((i) => chosen.has(i.id));

  return (
    <div className="flex min-h-0 flex-col">
      <div className="min-h-0 flex-1 space-y-4 overflow-y-auto px-6 py-4">
        <p className="text-sm text-slate-600">{t('release.intro')}</p>
        <fieldset className="space-y-1">
          <legend className="text-sm font-semibold">{t('release.scope')}</legend>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name={`${name}-scope`}
              checked={effectiveScope === 'selected'}
              onChange={() => setScope('selected')}
            />
            {t('release.scopeSelected')}
          </label>
          <label className={`flex items-center gap-2 text-sm ${allPossible ? '' : 'text-slate-400'}`}>
            <input
              type="radio"
              name={`${name}-scope`}
              checked={effectiveScope === 'all'}
              disabled={!allPossible}
              onChange={() => setScope('all')}
            />
            {t('release.scopeAll', { count: total })}
          </label>
          {filter.q && <p className="pl-6 text-xs text-slate-500">{t('release.scopeAllIgnoresSearch')}</p>}
        </fieldset>

        {effectiveScope === 'selected' &&
          (approved.isPending ? (
            <Spinner label={t('release.loading')} />
          ) : approved.isError ? (
            <ErrorState
              title={t('release.table')}
              error={approved.error}
              onRetry={() => void approved.refetch()}
            />
          ) : items.length === 0 ? (
            <p className="text-sm text-slate-500">{t('release.none')}</p>
          ) : (
            <div className="space-y-2">
              <table className="w-full text-sm">
                <caption className="sr-only">{t('release.table')}</caption>
                <thead className="border-b border-slate-200 text-left text-slate-600">
                  <tr>
                    <th scope="col" className="w-8 py-1">
                      <input
                        type="checkbox"
                        aria-label={t('release.selectAllPage')}
                        checked={pageAll}
                        onChange={(e) => items.forEach((i) => toggle(i.id, e.target.checked))}
                      />
                    </th>
                    <th scope="col" className="py-1 font-semibold">
                      {t('queue.colIssue')}
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {items.map((issue) => {
                    const label = [
                      issue.publication ?? issue.filename,
                      issue.date ? formatIssueDate(issue.date, language) : null,
                      issue.edition,
                    ]
                      .filter(Boolean)
                      .join(' ');
                    return (
                      <tr key={issue.id}>
                        <td className="py-1">
                          <input
                            type="checkbox"
                            aria-label={t('release.select', { name: label })}
                            checked={chosen.has(issue.id)}
                            onChange={(e) => toggle(issue.id, e.target.checked)}
                          />
                        </td>
                        <td className="py-1">{label}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
              {pages > 1 && (
                <div className="flex items-center gap-2 text-sm">
                  <Button size="sm" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                    {t('release.previous')}
                  </Button>
                  <span className="tabular-nums">{t('release.pageOf', { page, pages })}</span>
                  <Button size="sm" disabled={page >= pages} onClick={() => setPage(page + 1)}>
                    {t('release.next')}
                  </Button>
                </div>
              )}
            </div>
          ))}

        <fieldset className="space-y-1">
          <legend className="text-sm font-semibold">{t('release.format')}</legend>
          {(['zip', 'jsonl'] as const).map((f) => (
            <label key={f} className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name={`${name}-format`}
                checked={format === f}
                onChange={() => setFormat(f)}
              />
              {t(`release.${f}`)}
            </label>
          ))}
        </fieldset>
        {started && (
          <p role="status" className="flex items-start gap-2 rounded-md bg-sky-50 p-3 text-sm text-sky-900">
            <span
              aria-hidden="true"
              className="mt-0.5 h-4 w-4 shrink-0 animate-spin rounded-full border-2 border-sky-300 border-t-sky-700 motion-reduce:animate-none"
            />
            {t('release.inProgress')}
          </p>
        )}
      </div>
      <div className="flex items-center justify-end gap-3 border-t border-slate-200 px-6 py-3">
        <span className="mr-auto text-sm text-slate-600" aria-live="polite">
          {effectiveScope === 'all'
            ? t('release.scopeAll', { count: total })
            : t('release.selected', { count: chosen.size })}
        </span>
        <Button onClick={onClose}>{t('release.close')}</Button>
        {url ? (
          <a href={url} download onClick={() => setStarted(url)} className={buttonClass('primary')}>
            {t('release.download')}
          </a>
        ) : (
          <Button variant="primary" disabled>
            {t('release.download')}
          </Button>
        )}
      </div>
    </div>
  );
}
