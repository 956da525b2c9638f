import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import type { PlanList } from '../types';

/** GET /api/plans: the plan editions (the back-office lists the actions of one). */
export const getPlans = (signal?: AbortSignal) => apiGet<PlanList>('/api/plans', { signal });

export const plansQueryOptions = () => queryOptions({ queryKey: queryKeys.plans.list(), queryFn: ({ signal }) => getPlans(signal), staleTime: 5 * 60_000 });

export function usePlans() {
  return useQuery(plansQueryOptions());
}

/** The newest edition (latest start year), the default plan of the back-office. */
export function newestPlan(plans: PlanList['items']): string | null {
  return [...plans].sort((a, b) => (b.periodStart ?? 0) - (a.periodStart ?? 0))[0]?.code ?? null;
}
