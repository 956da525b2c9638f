import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Dashboard } from '@psm/server/contract';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/plans/:plan/strategies/:code/dashboard: every indicator of the strategy with its series. */
export function getDashboard(plan: string, strategy: string, signal?: AbortSignal): Promise<Dashboard> {
  const path = `/api/plans/${encodeURIComponent(plan)}/strategies/${encodeURIComponent(strategy)}/dashboard`;
  return apiGet<Dashboard>(path, { signal });
}

export const dashboardQueryOptions = (plan: string, strategy: string) =>
  queryOptions({
    queryKey: queryKeys.dashboard.strategy(plan, strategy),
    queryFn: ({ signal }) => getDashboard(plan, strategy, signal),
    staleTime: 60_000,
  });

export function useDashboard(plan: string, strategy: string) {
  return useQuery(dashboardQueryOptions(plan, strategy));
}
