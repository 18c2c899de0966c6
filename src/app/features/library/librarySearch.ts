import { ISSUE_SORTS, ISSUE_STATUSES, type IssueSort, type IssueStatus } from '../../../api/contract.ts';
import { LIBRARY_PAGE_SIZE, type IssueListParams } from '../../api/issues.ts';

/** The library's filters, kept in the URL so a filtered view can be bookmarked, shared and navigated back to. */
export interface LibraryFilters {
  status: IssueStatus | null;
  publication: string;
  from: string;
  to: string;
  q: string;
  page: number;
  sort: IssueSort;
}

export const DEFAULT_SORT: IssueSort = '-updated';

export const EMPTY_FILTERS: LibraryFilters = {
  status: null,
  publication: '',
  from: '',
  to: '',
  q: '',
  page: 1,
  sort: DEFAULT_SORT,
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;
}

/** Reads filters from a query string; anything malformed falls back to the default rather than erroring. */
export function parseLibrarySearch(search: string): LibraryFilters {
  const params = new URLSearchParams(search);
  const page = Number(params.get('page'));
  const date = (key: string) => {
    const value = params.get(key) ?? '';
    return ISO_DATE.test(value) ? value : '';
  };
  return {
    status: oneOf(ISSUE_STATUSES, params.get('status')),
    publication: params.get('publication') ?? '',
    from: date('from'),
    to: date('to'),
    q: params.get('q') ?? '',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    sort: oneOf(ISSUE_SORTS, params.get('sort')) ?? DEFAULT_SORT,
  };
}

/** The query string for `filters`, leaving out defaults so a plain library is just "/". */
export function librarySearchString(filters: LibraryFilters): string {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.status) params.set('status', filters.status);
  if (filters.publication) params.set('publication', filters.publication);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.sort !== DEFAULT_SORT) params.set('sort', filters.sort);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params.toString();
}

/** Changing any filter goes back to the first page: page 7 of the old result means nothing in the new one. */
export function withFilter(
  filters: LibraryFilters,
  change: Partial<Omit<LibraryFilters, 'page'>>,
): LibraryFilters {
  return { ...filters, ...change, page: 1 };
}

export function hasFilters(filters: LibraryFilters): boolean {
  return Boolean(
    filters.status || filters.publication.trim() || filters.from || filters.to || filters.q.trim(),
  );
}

export function toListParams(filters: LibraryFilters): IssueListParams {
  const params: IssueListParams = { page: filters.page, pageSize: LIBRARY_PAGE_SIZE, sort: filters.sort };
  if (filters.status) params.status = filters.status;
  if (filters.publication.trim()) params.publication = filters.publication.trim();
  if (filters.from) params.from = filters.from;
  if (filters.to) params.to = filters.to;
  if (filters.q.trim()) params.q = filters.q.trim();
  return params;
}

export type SortColumn = 'date' | 'publication' | 'status' | 'updated' | 'articles' | 'flags';

/** Clicking a column sorts by it; clicking it again flips the direction. Newest and largest come first. */
export function nextSort(current: IssueSort, column: SortColumn): IssueSort {
  if (current === column) return `-${column}`;
  if (current === `-${column}`) return column;
  return column === 'publication' || column === 'status' ? column : `-${column}`;
}

export function sortDirection(current: IssueSort, column: SortColumn): 'ascending' | 'descending' | null {
  if (current === column) return 'ascending';
  if (current === `-${column}`) return 'descending';
  return null;
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
