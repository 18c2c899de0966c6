import { useCallback, useMemo } from 'react';
import { useLocation, useSearch } from 'wouter';
import { librarySearchString, parseLibrarySearch, type LibraryFilters } from './librarySearch.ts';

/** The library's filters as URL state: reading parses the query string, writing replaces it. */
export function useLibraryFilters(): [LibraryFilters, (next: LibraryFilters) => void] {
  const search = useSearch();
  const [, navigate] = useLocation();
  const filters = useMemo(() => parseLibrarySearch(search), [search]);
  const setFilters = useCallback(
    (next: LibraryFilters) => {
      const qs = librarySearchString(next);
      navigate(qs ? `/?${qs}` : '/', { replace: true });
    },
    [navigate],
  );
  return [filters, setFilters];
}
