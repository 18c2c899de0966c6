import { queryOptions, useQuery } from '@tanstack/react-query';
import { statsResponseSchema } from '../../../../api/contract.ts';
import { apiJson } from '../../../api/client.ts';
import { reviewKeys } from './keys.ts';

export function fetchStats(signal?: AbortSignal) {
  return apiJson('/api/stats', statsResponseSchema, { signal });
}

export const statsQueryOptions = queryOptions({
  queryKey: reviewKeys.stats(),
  queryFn: ({ signal }) => fetchStats(signal),
});

export function useStats() {
  return useQuery(statsQueryOptions);
}
