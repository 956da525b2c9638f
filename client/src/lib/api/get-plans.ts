import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PlanList } from '@psm/server/contract';
import { apiGet } from '../api-client';
import { queryKeys } from '../query-keys';

/** GET /api/plans: every plan edition, newest first. */
export function getPlans(signal?: AbortSignal): Promise<PlanList> {
  return apiGet<PlanList>('/api/plans', { signal });
}

export const plansQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.plans.list(),
    queryFn: ({ signal }) => getPlans(signal),
    staleTime: 5 * 60_000,
  });

export function usePlans() {
  return useQuery(plansQueryOptions());
}

/** The newest edition (latest start year): the default plan of the home and the back-office. */
export function newestPlan(plans: PlanList['items']): string | null {
  return [...plans].sort((a, b) => (b.periodStart ?? 0) - (a.periodStart ?? 0))[0]?.code ?? null;
}
