import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { okResponseSchema, userResponseSchema, type LoginRequest, type User } from '../../api/contract.ts';
import { apiJson, isApiError } from './client.ts';

export const meQueryKey = ['auth', 'me'] as const;

/** The signed-in user, or null when there is no session (a 401 is an answer here, not a failure). */
export async function fetchMe(signal?: AbortSignal): Promise<User | null> {
  try {
    return (await apiJson('/api/auth/me', userResponseSchema, { signal })).user;
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export const meQueryOptions = queryOptions({
  queryKey: meQueryKey,
  queryFn: ({ signal }) => fetchMe(signal),
  staleTime: 5 * 60_000,
});

export function useMe() {
  return useQuery(meQueryOptions);
}

export async function login(body: LoginRequest): Promise<User> {
  return (await apiJson('/api/auth/login', userResponseSchema, { method: 'POST', body })).user;
}

export async function logout(): Promise<void> {
  await apiJson('/api/auth/logout', okResponseSchema, { method: 'POST' });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (user) => {
      // Whatever was cached belonged to the previous session.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
      queryClient.setQueryData(meQueryKey, user);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
      queryClient.setQueryData(meQueryKey, null);
    },
  });
}
