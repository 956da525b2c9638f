import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import type { ActionStatusList } from '../types';

/** GET /api/action-statuses: the status vocabulary, in its order, with labels and colours. */
export function getActionStatuses(signal?: AbortSignal): Promise<ActionStatusList> {
  return apiGet<ActionStatusList>('/api/action-statuses', { signal });
}

export const actionStatusesQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.actions.statuses(),
    queryFn: ({ signal }) => getActionStatuses(signal),
    staleTime: 10 * 60_000,
  });

export function useActionStatuses() {
  return useQuery(actionStatusesQueryOptions());
}
