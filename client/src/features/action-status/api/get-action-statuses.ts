import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import type { ActionStatus } from '../types';

/** GET /api/action-statuses: the status vocabulary, in order. */
export const getActionStatuses = (signal?: AbortSignal) => apiGet<{ items: ActionStatus[] }>('/api/action-statuses', { signal });

export const actionStatusesQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.actions.statuses(), queryFn: ({ signal }) => getActionStatuses(signal), staleTime: 10 * 60_000 });

export function useActionStatuses() {
  return useQuery(actionStatusesQueryOptions());
}
