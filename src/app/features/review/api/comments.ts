import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  commentListResponseSchema,
  commentResponseSchema,
  type Comment,
  type CreateCommentRequest,
} from '../../../../api/contract.ts';
import { apiJson } from '../../../api/client.ts';
import { issuePath, reviewKeys } from './keys.ts';

export async function fetchComments(id: string, signal?: AbortSignal): Promise<Comment[]> {
  return (await apiJson(`${issuePath(id)}/comments`, commentListResponseSchema, { signal })).items;
}

export function commentsQueryOptions(id: string) {
  return queryOptions({
    queryKey: reviewKeys.comments(id),
    queryFn: ({ signal }) => fetchComments(id, signal),
    // A supervisor and an editor answer each other: pick up the other side's replies.
    refetchInterval: 30_000,
  });
}

export function useComments(id: string) {
  return useQuery(commentsQueryOptions(id));
}

export async function createComment(id: string, body: CreateCommentRequest): Promise<Comment> {
  return (await apiJson(`${issuePath(id)}/comments`, commentResponseSchema, { method: 'POST', body }))
    .comment;
}

export async function setCommentResolved(id: string, commentId: string, resolved: boolean): Promise<Comment> {
  return (
    await apiJson(`${issuePath(id)}/comments/${encodeURIComponent(commentId)}`, commentResponseSchema, {
      method: 'PATCH',
      body: { resolved },
    })
  ).comment;
}

function useRefreshComments(id: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: reviewKeys.comments(id) }),
      // The review screen carries the comments too.
      queryClient.invalidateQueries({ queryKey: reviewKeys.issue(id) }),
    ]);
}

export function useCreateComment(id: string) {
  const refresh = useRefreshComments(id);
  return useMutation({
    mutationFn: (body: CreateCommentRequest) => createComment(id, body),
    onSettled: refresh,
  });
}

export function useResolveComment(id: string) {
  const refresh = useRefreshComments(id);
  return useMutation({
    mutationFn: ({ commentId, resolved }: { commentId: string; resolved: boolean }) =>
      setCommentResolved(id, commentId, resolved),
    onSettled: refresh,
  });
}
