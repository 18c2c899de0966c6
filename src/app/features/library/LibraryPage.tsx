import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIssues } from '../../api/issues.ts';
import { Button } from '../../components/Button.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { useNow } from '../../lib/useNow.ts';
import { ReleaseButton } from '../review/index.ts';
import { FilterBar } from './FilterBar.tsx';
import { ImportDialog } from './import/ImportDialog.tsx';
import { IssueTable, IssueTableSkeleton } from './IssueTable.tsx';
import { EMPTY_FILTERS, hasFilters, toListParams } from './librarySearch.ts';
import { Pagination } from './Pagination.tsx';
import { useLibraryFilters } from './useLibraryFilters.ts';

export function LibraryPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useLibraryFilters();
  const params = useMemo(() => toListParams(filters), [filters]);
  const issues = useIssues(params);
  const [importOpen, setImportOpen] = useState(false);
  const now = useNow();
  const filtered = hasFilters(filters);

  const publications = useMemo(
    () => [
      ...new Set(
        (issues.data?.items ?? []).flatMap((issue) => (issue.publication ? [issue.publication] : [])),
      ),
    ],
    [issues.data],
  );

  const openImport = () => setImportOpen(true);

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
      <ImportDialog open={importOpen} onClose={() => setImportOpen(false)} />
    </main>
  );
}
