import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import type { PlanList } from '../types';

/** GET /api/plans: the editions already loaded (their codes are offered as a reminder). */
export function getPlans(signal?: AbortSignal): Promise<PlanList> {
  return apiGet<PlanList>('/api/plans', { signal });
}

export const plansQueryOptions = () => queryOptions({ queryKey: queryKeys.plans.list(), queryFn: ({ signal }) => getPlans(signal), staleTime: 60_000 });

export function usePlans() {
  return useQuery(plansQueryOptions());
}
