import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import type { PlanTree } from '../types';

/** GET /api/plans/:plan/tree: the plan's axes and strategies (the catalogue's strategy filter). */
export function getPlanTree(plan: string, signal?: AbortSignal): Promise<PlanTree> {
  return apiGet<PlanTree>(`/api/plans/${encodeURIComponent(plan)}/tree`, { signal });
}

export const planTreeQueryOptions = (plan: string) =>
  queryOptions({
    queryKey: queryKeys.plans.tree(plan),
    queryFn: ({ signal }) => getPlanTree(plan, signal),
    staleTime: 5 * 60_000,
    enabled: plan !== '',
  });

export function usePlanTree(plan: string) {
  return useQuery(planTreeQueryOptions(plan));
}
