import { queryOptions, useQuery } from '@tanstack/react-query';
import { reviewQueueResponseSchema } from '../../../../api/contract.ts';
import type { ReviewQueueItem } from '../../../../api/contract.ts';
import { apiJson } from '../../../api/client.ts';
import { reviewKeys } from './keys.ts';

/** Longest waiting first; the server sorts the same way, this keeps the promise if it ever does not. */
export function oldestFirst(items: ReviewQueueItem[]): ReviewQueueItem[] {
  return [...items].sort(
    (a, b) => a.submittedAt.localeCompare(b.submittedAt) || a.issue.id.localeCompare(b.issue.id),
  );
}

export async function fetchReviewQueue(signal?: AbortSignal): Promise<ReviewQueueItem[]> {
  return oldestFirst((await apiJson('/api/review/queue', reviewQueueResponseSchema, { signal })).items);
}

export const reviewQueueQueryOptions = queryOptions({
  queryKey: reviewKeys.queue(),
  queryFn: ({ signal }) => fetchReviewQueue(signal),
  refetchInterval: 60_000,
});

export function useReviewQueue() {
  return useQuery(reviewQueueQueryOptions);
}
