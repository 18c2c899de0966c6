import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIssues } from '../../api/issues.ts';
import { Button } from '../../components/Button.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { useNow } from '../../lib/useNow.ts';
import { preloadEditorPage } from '../../routes/lazyPages.ts';
import { ReleaseButton } from '../review/components/ReleaseDialog.tsx';
import { FilterBar } from './FilterBar.tsx';
import { IssueTable, IssueTableSkeleton } from './IssueTable.tsx';
import { EMPTY_FILTERS, hasFilters, toListParams } from './librarySearch.ts';
import { Pagination } from './Pagination.tsx';
import { useLibraryFilters } from './useLibraryFilters.ts';

// Loaded on the first "Import files": the library shows without the upload code.
const ImportDialog = lazy(() =>
  import('./import/ImportDialog.tsx').then((m) => ({ default: m.ImportDialog })),
);

export function LibraryPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useLibraryFilters();
  const params = useMemo(() => toListParams(filters), [filters]);
  const issues = useIssues(params);
  const [importOpen, setImportOpen] = useState(false);
  // Mounted from the first opening on, so files picked earlier are still listed when it reopens.
  const [importUsed, setImportUsed] = useState(false);
  const now = useNow();
  const filtered = hasFilters(filters);
  // Once the list is on screen and the browser is idle, so opening an issue does not wait for it.
  const listed = issues.isSuccess;
  useEffect(() => {
    if (!listed) return;
    const idle = globalThis.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 200));
    idle(preloadEditorPage);
  }, [listed]);

  const publications = useMemo(
    () => [
      ...new Set(
        (issues.data?.items ?? []).flatMap((issue) => (issue.publication ? [issue.publication] : [])),
      ),
    ],
    [issues.data],
  );

  const openImport = () => {
    setImportUsed(true);
    setImportOpen(true);
  };

  let body;
  if (issues.isPending) {
    body = <IssueTableSkeleton />;
  } else if (issues.isError && !issues.data) {
    body = (
      <ErrorState
        title={t('library.errorTitle')}
        error={issues.error}
        onRetry={() => void issues.refetch()}
      />
    );
  } else if (issues.data.total === 0 && !filtered) {
    body = (
      <EmptyState
        title={t('library.emptyTitle')}
        body={t('library.emptyBody')}
        action={
          <Button variant="primary" onClick={openImport}>
            {t('library.importFiles')}
          </Button>
        }
      />
    );
  } else if (issues.data.items.length === 0) {
    body = (
      <EmptyState
        title={t('library.noMatchTitle')}
        body={t('library.noMatchBody')}
        action={
          <Button onClick={() => setFilters({ ...EMPTY_FILTERS, sort: filters.sort })}>
            {t('library.clearFilters')}
          </Button>
        }
      />
    );
  } else {
    body = (
      <>
        {issues.isError && (
          <ErrorState
            title={t('library.errorTitle')}
            error={issues.error}
            onRetry={() => void issues.refetch()}
          />
        )}
        <IssueTable
          issues={issues.data.items}
          sort={filters.sort}
          onSort={(sort) => setFilters({ ...filters, sort, page: 1 })}
          now={now}
          stale={issues.isPlaceholderData}
        />
        <Pagination
          page={issues.data.page}
          pageSize={issues.data.pageSize}
          total={issues.data.total}
          onPage={(page) => setFilters({ ...filters, page })}
        />
      </>
    );
  }

  return (
    <main id="main" className="mx-auto max-w-screen-2xl space-y-5 px-4 py-6 sm:px-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t('library.title')}</h1>
        <div className="flex gap-2">
          <ReleaseButton filter={params} />
          <Button variant="primary" onClick={openImport}>
            {t('library.importFiles')}
          </Button>
        </div>
      </div>
      <FilterBar filters={filters} onChange={setFilters} publications={publications} />
      {body}
      {importUsed && (
        <Suspense fallback={null}>
          <ImportDialog open={importOpen} onClose={() => setImportOpen(false)} />
        </Suspense>
      )}
    </main>
  );
}
