import { queryOptions, useQuery } from '@tanstack/react-query';
import { reporterListResponseSchema } from '../../api/contract.ts';
import { apiJson } from './client.ts';

export function fetchReporters(q: string, limit = 50, signal?: AbortSignal) {
  return apiJson('/api/reporters', reporterListResponseSchema, { query: { q, limit }, signal });
}

/** Reporter names across the archive, for autocompletion. */
export function reportersQueryOptions(q: string, limit = 50) {
  return queryOptions({
    queryKey: ['reporters', q, limit] as const,
    queryFn: ({ signal }) => fetchReporters(q, limit, signal),
    staleTime: 60_000,
  });
}

export function useReporters(q: string, limit = 50) {
  return useQuery(reportersQueryOptions(q, limit));
}
