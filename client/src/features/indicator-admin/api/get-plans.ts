import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import type { PlanList, PlanTree } from '../types';
import { freshGet } from './fresh-get';

/** GET /api/plans: every plan edition, newest first. */
export function getPlans(signal?: AbortSignal): Promise<PlanList> {
  return apiGet<PlanList>('/api/plans', { signal });
}

export const plansQueryOptions = () => queryOptions({ queryKey: queryKeys.plans.list(), queryFn: ({ signal }) => getPlans(signal), staleTime: 5 * 60_000 });

export function usePlans() {
  return useQuery(plansQueryOptions());
}

/** GET /api/plans/:plan/tree: axes and strategies (with how many indicators each has), revalidated. */
export function getPlanTree(plan: string, signal?: AbortSignal): Promise<PlanTree> {
  return freshGet<PlanTree>(`/api/plans/${encodeURIComponent(plan)}/tree`, signal);
}

export const planTreeQueryOptions = (plan: string) =>
  queryOptions({ queryKey: queryKeys.plans.tree(plan), queryFn: ({ signal }) => getPlanTree(plan, signal), staleTime: 60_000 });

export function usePlanTree(plan: string | null) {
  return useQuery({ ...planTreeQueryOptions(plan ?? ''), enabled: Boolean(plan) });
}
