import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ProgressMethod } from '@psm/server/contract';
import { apiGet } from '../api-client';
import { queryKeys } from '../query-keys';

/** GET /api/progress-method: the thresholds in force. */
export function useProgressMethod() {
  return useQuery(
    queryOptions({
      queryKey: queryKeys.progressMethod,
      queryFn: ({ signal }) => apiGet<ProgressMethod>('/api/progress-method', { signal }),
      staleTime: 60 * 60_000,
    }),
  );
}
