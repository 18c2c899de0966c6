import { queryOptions, useQuery } from '@tanstack/react-query';
import { reviewCountResponseSchema } from '../../../../api/contract.ts';
import { apiJson } from '../../../api/client.ts';
import { reviewKeys } from './keys.ts';

export async function fetchReviewCount(signal?: AbortSignal): Promise<number> {
  return (await apiJson('/api/review/count', reviewCountResponseSchema, { signal })).submitted;
}

export const reviewCountQueryOptions = queryOptions({
  queryKey: reviewKeys.count(),
  queryFn: ({ signal }) => fetchReviewCount(signal),
  // The badge is a hint, not a lock: a minute late is fine.
  refetchInterval: 60_000,
});

/** Only supervisors and admins may ask; editors pass enabled = false. */
export function useReviewCount(enabled: boolean) {
  return useQuery({ ...reviewCountQueryOptions, enabled });
}
