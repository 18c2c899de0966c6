import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.tsx';
import { pageCount } from './librarySearch.ts';

interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}

export function Pagination({ page, pageSize, total, onPage }: PaginationProps) {
  const { t, i18n } = useTranslation();
  const pages = pageCount(total, pageSize);
  const number = new Intl.NumberFormat(i18n.language);
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <nav
      aria-label={t('library.pagination')}
      className="flex flex-wrap items-center justify-between gap-3 text-sm"
    >
      <p className="text-slate-600" aria-live="polite">
        {t('library.pageStatus', {
          from: number.format(from),
          to: number.format(to),
          total: number.format(total),
        })}
      </p>
      <div className="flex items-center gap-2">
        <Button size="sm" onClick={() => onPage(page - 1)} disabled={page <= 1}>
          {t('library.previous')}
        </Button>
        <span className="text-slate-600 tabular-nums">
          {t('library.pageOf', { page: number.format(page), pages: number.format(pages) })}
        </span>
        <Button size="sm" onClick={() => onPage(page + 1)} disabled={page >= pages}>
          {t('library.next')}
        </Button>
      </div>
    </nav>
  );
}
