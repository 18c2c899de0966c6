import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ISSUE_STATUSES, type IssueStatus } from '../../../api/contract.ts';
import { Button } from '../../components/Button.tsx';
import { DebouncedInput } from '../../components/DebouncedInput.tsx';
import { inputClass, labelClass } from '../../components/inputClass.ts';
import { EMPTY_FILTERS, hasFilters, withFilter, type LibraryFilters } from './librarySearch.ts';

interface FilterBarProps {
  filters: LibraryFilters;
  onChange: (next: LibraryFilters) => void;
  /** Publications seen on the current page, offered as suggestions. */
  publications: string[];
}

export function FilterBar({ filters, onChange, publications }: FilterBarProps) {
  const { t } = useTranslation();
  const id = useId();
  const set = (change: Partial<Omit<LibraryFilters, 'page'>>) => onChange(withFilter(filters, change));

  return (
    <search aria-label={t('library.filters')} className="flex flex-wrap items-end gap-3">
      <div className="min-w-56 flex-[2_1_16rem] space-y-1">
        <label htmlFor={`${id}-q`} className={labelClass}>
          {t('library.search')}
        </label>
        <DebouncedInput
          id={`${id}-q`}
          type="search"
          value={filters.q}
          onCommit={(q) => set({ q })}
          placeholder={t('library.searchPlaceholder')}
          className={inputClass}
        />
      </div>
      <div className="min-w-36 flex-1 space-y-1">
        <label htmlFor={`${id}-status`} className={labelClass}>
          {t('library.status')}
        </label>
        <select
          id={`${id}-status`}
          value={filters.status ?? ''}
          onChange={(event) => set({ status: (event.target.value || null) as IssueStatus | null })}
          className={inputClass}
        >
          <option value="">{t('library.anyStatus')}</option>
          {ISSUE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="min-w-36 flex-1 space-y-1">
        <label htmlFor={`${id}-publication`} className={labelClass}>
          {t('library.publication')}
        </label>
        <DebouncedInput
          id={`${id}-publication`}
          list={`${id}-publications`}
          value={filters.publication}
          onCommit={(publication) => set({ publication })}
          placeholder={t('library.anyPublication')}
          className={inputClass}
        />
        <datalist id={`${id}-publications`}>
          {publications.map((publication) => (
            <option key={publication} value={publication} />
          ))}
        </datalist>
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-from`} className={labelClass}>
          {t('library.from')}
        </label>
        <input
          id={`${id}-from`}
          type="date"
          value={filters.from}
          max={filters.to || undefined}
          onChange={(event) => set({ from: event.target.value })}
          className={inputClass}
        />
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-to`} className={labelClass}>
          {t('library.to')}
        </label>
        <input
          id={`${id}-to`}
          type="date"
          value={filters.to}
          min={filters.from || undefined}
          onChange={(event) => set({ to: event.target.value })}
          className={inputClass}
        />
      </div>
      <Button
        variant="ghost"
        onClick={() => onChange({ ...EMPTY_FILTERS, sort: filters.sort })}
        disabled={!hasFilters(filters)}
      >
        {t('library.clearFilters')}
      </Button>
    </search>
  );
}
