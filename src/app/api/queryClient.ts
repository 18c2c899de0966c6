import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './client.ts';
import { meQueryKey } from './auth.ts';

function isClientError(error: unknown): boolean {
  return isApiError(error) && error.status >= 400 && error.status < 500;
}

/** One client for the app; a 401 anywhere means the session ended, so the shell falls back to /login. */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => onAnyError(error) }),
    mutationCache: new MutationCache({ onError: (error) => onAnyError(error) }),
    defaultOptions: {
      queries: {
        // 4xx answers will not change by asking again; network blips and 5xx may.
        retry: (failures, error) => !isClientError(error) && failures < 2,
        staleTime: 10_000,
      },
      mutations: { retry: false },
    },
  });
  function onAnyError(error: unknown): void {
    if (isApiError(error) && error.status === 401 && error.code === 'unauthenticated') {
      client.setQueryData(meQueryKey, null);
    }
  }
  return client;
}
