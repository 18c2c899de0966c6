import { queryOptions, useQuery } from '@tanstack/react-query';
import { auditListResponseSchema } from '../../../../api/contract.ts';
import { apiJson } from '../../../api/client.ts';
import { issuePath, reviewKeys } from './keys.ts';

export function fetchIssueHistory(id: string, signal?: AbortSignal) {
  return apiJson(`${issuePath(id)}/history`, auditListResponseSchema, { query: { pageSize: 500 }, signal });
}

export function issueHistoryQueryOptions(id: string) {
  return queryOptions({
    queryKey: reviewKeys.history(id),
    queryFn: ({ signal }) => fetchIssueHistory(id, signal),
  });
}

export function useIssueHistory(id: string) {
  return useQuery(issueHistoryQueryOptions(id));
}
