import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ActionStatusList } from '@psm/server/contract';
import { apiGet } from '../api-client';
import { queryKeys } from '../query-keys';

/** GET /api/action-statuses: the status vocabulary in order, with Italian and English labels and colours. */
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
