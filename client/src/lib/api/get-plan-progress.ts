import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PlanProgress } from '@psm/server/contract';
import { apiGet } from '../api-client';
import { queryKeys } from '../query-keys';

/** GET /api/plans/:plan/progress: indicators per progress status for the plan, each axis and strategy. */
export function usePlanProgress(plan: string) {
  return useQuery(
    queryOptions({
      queryKey: queryKeys.plans.progress(plan),
      queryFn: ({ signal }) => apiGet<PlanProgress>(`/api/plans/${encodeURIComponent(plan)}/progress`, { signal }),
      staleTime: 5 * 60_000,
    }),
  );
}
