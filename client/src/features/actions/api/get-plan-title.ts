import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import type { PlanList } from '../types';

/** GET /api/plans (shared cache with the plan pages: same key, same answer). */
export function getPlanList(signal?: AbortSignal): Promise<PlanList> {
  return apiGet<PlanList>('/api/plans', { signal });
}

export const planListQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.plans.list(),
    queryFn: ({ signal }) => getPlanList(signal),
    staleTime: 5 * 60_000,
  });

/** The plan edition's summary (title, counts) for breadcrumbs; undefined while loading or when unknown. */
export function usePlanSummary(plan: string) {
  const query = useQuery(planListQueryOptions());
  return query.data?.items.find((p) => p.code === plan);
}
