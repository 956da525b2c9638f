import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ActionTable } from '@psm/server/contract';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/plans/:plan/actions: every action of the plan with its latest status (JSON). */
export function getPlanActions(plan: string, signal?: AbortSignal): Promise<ActionTable> {
  return apiGet<ActionTable>(`/api/plans/${encodeURIComponent(plan)}/actions`, { signal });
}

export const planActionsQueryOptions = (plan: string) =>
  queryOptions({
    queryKey: queryKeys.actions.table(plan),
    queryFn: ({ signal }) => getPlanActions(plan, signal),
    staleTime: 60_000,
  });

export function usePlanActions(plan: string) {
  return useQuery(planActionsQueryOptions(plan));
}
