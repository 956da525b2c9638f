import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ActionDetail } from '@psm/server/contract';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/plans/:plan/actions/:code: one action with its history (newest first), dates, milestones and fundings. */
export function getAction(plan: string, code: string, signal?: AbortSignal): Promise<ActionDetail> {
  return apiGet<ActionDetail>(`/api/plans/${encodeURIComponent(plan)}/actions/${encodeURIComponent(code)}`, { signal });
}

export const actionQueryOptions = (plan: string, code: string) =>
  queryOptions({
    queryKey: queryKeys.actions.detail(plan, code),
    queryFn: ({ signal }) => getAction(plan, code, signal),
    staleTime: 60_000,
  });

export function useAction(plan: string, code: string) {
  return useQuery(actionQueryOptions(plan, code));
}
