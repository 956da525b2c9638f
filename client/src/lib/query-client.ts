import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-client';

/** Retries network failures and 5xx once or twice, never a 4xx: asking again won't change the answer. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        refetchOnWindowFocus: false,
        retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      },
    },
  });
}
