import { queryOptions, useQuery } from '@tanstack/react-query';
import type { RollupGroups } from '@psm/server/contract';
import type { RollupGrouping } from '@psm/server/contract/values';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

const groupsPath = (plan: string, by: RollupGrouping) => `/api/plans/${encodeURIComponent(plan)}/rollup/groups?by=${by}`;

/** GET /api/plans/:plan/rollup/groups?by=: the actions per zona omogenea, office or funding source, "non indicato" last. */
export function getRollupGroups(plan: string, by: RollupGrouping, signal?: AbortSignal): Promise<RollupGroups> {
  return apiGet<RollupGroups>(groupsPath(plan, by), { signal });
}

/** The same table as CSV, for the download link. */
export const rollupGroupsCsvUrl = (plan: string, by: RollupGrouping) => `${groupsPath(plan, by)}&format=csv`;

export const rollupGroupsQueryOptions = (plan: string, by: RollupGrouping) =>
  queryOptions({
    queryKey: queryKeys.plans.rollupGroups(plan, by),
    queryFn: ({ signal }) => getRollupGroups(plan, by, signal),
    staleTime: 60_000,
  });

export function useRollupGroups(plan: string, by: RollupGrouping) {
  return useQuery(rollupGroupsQueryOptions(plan, by));
}
