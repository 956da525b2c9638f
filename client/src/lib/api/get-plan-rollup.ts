import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PlanRollup } from '@psm/server/contract';
import { apiGet } from '../api-client';
import { queryKeys } from '../query-keys';

/** GET /api/plans/:plan/rollup: actions by status for the plan, each axis and strategy, zona omogenea, office and funding source. */
export function getPlanRollup(plan: string, signal?: AbortSignal): Promise<PlanRollup> {
  return apiGet<PlanRollup>(`/api/plans/${encodeURIComponent(plan)}/rollup`, { signal });
}

export const planRollupQueryOptions = (plan: string) =>
  queryOptions({
    queryKey: queryKeys.plans.rollup(plan),
    queryFn: ({ signal }) => getPlanRollup(plan, signal),
    staleTime: 60_000,
  });

export function usePlanRollup(plan: string) {
  return useQuery(planRollupQueryOptions(plan));
}
