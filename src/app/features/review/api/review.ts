import { queryOptions, useQuery } from '@tanstack/react-query';
import { reviewResponseSchema } from '../../../../api/contract.ts';
import type { ReviewResponse } from '../../../../api/contract.ts';
import { apiJson } from '../../../api/client.ts';
import { issuePath, reviewKeys } from './keys.ts';

export async function fetchReview(id: string, signal?: AbortSignal): Promise<ReviewResponse> {
  // The schema checks the envelope; `diff.changes` is typed by src/core/diff, which the server ran.
  return (await apiJson(`${issuePath(id)}/review`, reviewResponseSchema, { signal })) as ReviewResponse;
}

export function reviewQueryOptions(id: string) {
  return queryOptions({ queryKey: reviewKeys.issue(id), queryFn: ({ signal }) => fetchReview(id, signal) });
}

export function useReview(id: string) {
  return useQuery(reviewQueryOptions(id));
}
