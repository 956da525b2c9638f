import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ActionTable } from '@psm/server/contract';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/plans/:plan/actions, always revalidated: after an update the list must show it at once. */
export function getManageableActions(plan: string, signal?: AbortSignal): Promise<ActionTable> {
  return apiGet<ActionTable>(`/api/plans/${encodeURIComponent(plan)}/actions`, { signal, cache: 'no-cache' });
}

export const manageableActionsQueryOptions = (plan: string) =>
  queryOptions({ queryKey: queryKeys.actions.manageable(plan), queryFn: ({ signal }) => getManageableActions(plan, signal), enabled: Boolean(plan) });

export function useManageableActions(plan: string) {
  return useQuery(manageableActionsQueryOptions(plan));
}
