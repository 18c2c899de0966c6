import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  userListResponseSchema,
  userResponseSchema,
  type CreateUserRequest,
  type UpdateUserRequest,
} from '../../api/contract.ts';
import { apiJson } from './client.ts';

export const userKeys = { all: ['users'] as const };

export function fetchUsers(signal?: AbortSignal) {
  return apiJson('/api/users', userListResponseSchema, { signal });
}

export const usersQueryOptions = queryOptions({
  queryKey: userKeys.all,
  queryFn: ({ signal }) => fetchUsers(signal),
});

export function useUsers() {
  return useQuery(usersQueryOptions);
}

export async function createUser(body: CreateUserRequest) {
  return (await apiJson('/api/users', userResponseSchema, { method: 'POST', body })).user;
}

export async function updateUser(id: string, body: UpdateUserRequest) {
  return (
    await apiJson(`/api/users/${encodeURIComponent(id)}`, userResponseSchema, { method: 'PATCH', body })
  ).user;
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSettled: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateUserRequest }) => updateUser(id, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}
