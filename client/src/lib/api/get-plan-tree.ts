import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PlanTree } from '@psm/server/contract';
import { apiGet } from '../api-client';
import { queryKeys } from '../query-keys';

type TreeOptions = {
  /** Revalidate with the server on every read and keep it for a minute (the back-office, whose writes change the counts). */
  fresh?: boolean;
};

/** GET /api/plans/:plan/tree: axes, strategies (with their indicator counts) and actions with loaded and declared counts. */
export function getPlanTree(plan: string, { signal, fresh = false }: TreeOptions & { signal?: AbortSignal } = {}): Promise<PlanTree> {
  return apiGet<PlanTree>(`/api/plans/${encodeURIComponent(plan)}/tree`, fresh ? { signal, cache: 'no-cache' } : { signal });
}

/** Disabled while `plan` is '' (no plan chosen yet). */
export const planTreeQueryOptions = (plan: string, { fresh = false }: TreeOptions = {}) =>
  queryOptions({
    queryKey: queryKeys.plans.tree(plan),
    queryFn: ({ signal }) => getPlanTree(plan, { signal, fresh }),
    staleTime: fresh ? 60_000 : 5 * 60_000,
    enabled: plan !== '',
  });

export function usePlanTree(plan: string, options: TreeOptions = {}) {
  return useQuery(planTreeQueryOptions(plan, options));
}
