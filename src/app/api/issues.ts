import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  issueDetailResponseSchema,
  issueListResponseSchema,
  issueResponseSchema,
  type IssueSort,
  type IssueStatus,
  type PatchIssueRequest,
} from '../../api/contract.ts';
import { apiJson } from './client.ts';

export const LIBRARY_PAGE_SIZE = 50;

/** The query string of GET /api/issues as the SPA sends it (the contract's schema coerces strings). */
export interface IssueListParams {
  status?: IssueStatus;
  publication?: string;
  from?: string;
  to?: string;
  q?: string;
  page: number;
  pageSize: number;
  sort: IssueSort;
}

export const issueKeys = {
  all: ['issues'] as const,
  lists: () => [...issueKeys.all, 'list'] as const,
  list: (query: IssueListParams) => [...issueKeys.lists(), query] as const,
  detail: (id: string) => [...issueKeys.all, 'detail', id] as const,
};

export function fetchIssues(query: IssueListParams, signal?: AbortSignal) {
  return apiJson('/api/issues', issueListResponseSchema, { query: { ...query }, signal });
}

export function issueListQueryOptions(query: IssueListParams) {
  return queryOptions({
    queryKey: issueKeys.list(query),
    queryFn: ({ signal }) => fetchIssues(query, signal),
    // Keep the old page on screen while the next one loads, so the table does not jump.
    placeholderData: keepPreviousData,
    // Presence ("… is editing") goes stale quickly.
    refetchInterval: 30_000,
  });
}

export function useIssues(query: IssueListParams) {
  return useQuery(issueListQueryOptions(query));
}

export async function fetchIssue(id: string, signal?: AbortSignal) {
  // The contract types `doc` with the model's interfaces; the schema checks the same shape.
  return apiJson(`/api/issues/${encodeURIComponent(id)}`, issueResponseSchema, { signal });
}

export function issueQueryOptions(id: string) {
  return queryOptions({ queryKey: issueKeys.detail(id), queryFn: ({ signal }) => fetchIssue(id, signal) });
}

export function useIssue(id: string) {
  return useQuery(issueQueryOptions(id));
}

export async function patchIssue(id: string, body: PatchIssueRequest) {
  return (
    await apiJson(`/api/issues/${encodeURIComponent(id)}`, issueDetailResponseSchema, {
      method: 'PATCH',
      body,
    })
  ).issue;
}

export function usePatchIssue() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: PatchIssueRequest }) => patchIssue(id, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: issueKeys.all }),
  });
}

/** A plain link target: the server answers with Content-Disposition: attachment. */
export function issueExportUrl(id: string): string {
  return `/api/issues/${encodeURIComponent(id)}/export`;
}
