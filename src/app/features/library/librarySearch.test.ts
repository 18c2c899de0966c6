import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTERS,
  hasFilters,
  librarySearchString,
  nextSort,
  pageCount,
  parseLibrarySearch,
  toListParams,
  withFilter,
} from './librarySearch.ts';

describe('library filters in the URL', () => {
  it('round-trips every filter through the query string', () => {
    const filters = {
      status: 'submitted' as const,
      publication: '衡阳晚报',
      from: '2024-05-01',
      to: '2024-05-31',
      q: '陈润',
      page: 3,
      sort: 'date' as const,
    };
    expect(parseLibrarySearch(librarySearchString(filters))).toEqual(filters);
  });

  it('gives a bare library URL when nothing is filtered', () => {
    expect(librarySearchString(EMPTY_FILTERS)).toBe('');
  });

  it('ignores hand-edited values it does not understand', () => {
    expect(parseLibrarySearch('status=lost&page=-2&from=May&sort=random')).toEqual(EMPTY_FILTERS);
  });

  it('goes back to the first page when a filter changes', () => {
    const onPage4 = { ...EMPTY_FILTERS, page: 4 };
    expect(withFilter(onPage4, { status: 'approved' }).page).toBe(1);
  });

  it('counts whitespace-only search as no filter', () => {
    expect(hasFilters({ ...EMPTY_FILTERS, q: '  ' })).toBe(false);
    expect(hasFilters({ ...EMPTY_FILTERS, to: '2024-01-01' })).toBe(true);
  });

  it('sends trimmed text and leaves out empty filters in the API query', () => {
    expect(toListParams({ ...EMPTY_FILTERS, q: ' 月饼 ', publication: ' ' })).toEqual({
      page: 1,
      pageSize: 50,
      sort: '-updated',
      q: '月饼',
    });
  });
});

describe('sorting by a column', () => {
  it('starts dates and counts newest or largest first, names alphabetically', () => {
    expect(nextSort('-updated', 'date')).toBe('-date');
    expect(nextSort('-updated', 'publication')).toBe('publication');
  });

  it('flips the direction when the same column is clicked again', () => {
    expect(nextSort('-date', 'date')).toBe('date');
    expect(nextSort('date', 'date')).toBe('-date');
  });
});

describe('pageCount', () => {
  it('shows one page even for an empty library', () => {
    expect(pageCount(0, 50)).toBe(1);
    expect(pageCount(10_000, 50)).toBe(200);
    expect(pageCount(101, 50)).toBe(3);
  });
});
