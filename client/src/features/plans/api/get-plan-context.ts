import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PlanContext } from '@psm/server/contract';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/plans/:plan/context: indicators by the direction of their latest change, for the plan, each axis and strategy. */
export function getPlanContext(plan: string, signal?: AbortSignal): Promise<PlanContext> {
  return apiGet<PlanContext>(`/api/plans/${encodeURIComponent(plan)}/context`, { signal });
}

export const planContextQueryOptions = (plan: string) =>
  queryOptions({
    queryKey: queryKeys.plans.context(plan),
    queryFn: ({ signal }) => getPlanContext(plan, signal),
    staleTime: 5 * 60_000,
  });

export function usePlanContext(plan: string) {
  return useQuery(planContextQueryOptions(plan));
}
