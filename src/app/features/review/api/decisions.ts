/** Approve, request changes and reopen: the three transitions a supervisor makes. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import {
  approveResponseSchema,
  transitionResponseSchema,
  type ApproveRequest,
  type ApproveResponse,
  type ReopenRequest,
  type RequestChangesRequest,
  type TransitionResponse,
} from '../../../../api/contract.ts';
import { apiJson } from '../../../api/client.ts';
import { issueKeys } from '../../../api/issues.ts';
import { issuePath, reviewKeys } from './keys.ts';

export function approveIssue(id: string, body: ApproveRequest = {}): Promise<ApproveResponse> {
  return apiJson(`${issuePath(id)}/approve`, approveResponseSchema, { method: 'POST', body });
}

export function requestChanges(id: string, body: RequestChangesRequest): Promise<TransitionResponse> {
  return apiJson(`${issuePath(id)}/request-changes`, transitionResponseSchema, { method: 'POST', body });
}

export function reopenIssue(id: string, body: ReopenRequest): Promise<TransitionResponse> {
  return apiJson(`${issuePath(id)}/reopen`, transitionResponseSchema, { method: 'POST', body });
}

/** A status change shows in the queue, the badge, the library, the comments and the export list. */
export function invalidateAfterDecision(queryClient: QueryClient): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: reviewKeys.all }),
    queryClient.invalidateQueries({ queryKey: issueKeys.all }),
  ]).then(() => undefined);
}

export function useApprove(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ApproveRequest = {}) => approveIssue(id, body),
    onSettled: () => invalidateAfterDecision(queryClient),
  });
}

export function useRequestChanges(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestChangesRequest) => requestChanges(id, body),
    onSettled: () => invalidateAfterDecision(queryClient),
  });
}

export function useReopen(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReopenRequest) => reopenIssue(id, body),
    onSettled: () => invalidateAfterDecision(queryClient),
  });
}
