import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ActionTable } from '@psm/server/contract';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

const actionsPath = (plan: string) => `/api/plans/${encodeURIComponent(plan)}/actions`;

/** GET /api/plans/:plan/actions: every action with its current status, progress and "da aggiornare". */
export function getActions(plan: string, signal?: AbortSignal): Promise<ActionTable> {
  return apiGet<ActionTable>(actionsPath(plan), { signal });
}

/** The same table as a file (the whole table, not the filtered view). */
export const actionsDownloadUrl = (plan: string, format: 'csv' | 'xlsx') => `${actionsPath(plan)}?format=${format}`;

export const actionsQueryOptions = (plan: string) =>
  queryOptions({
    queryKey: queryKeys.actions.table(plan),
    queryFn: ({ signal }) => getActions(plan, signal),
    staleTime: 60_000,
  });

export function useActions(plan: string) {
  return useQuery(actionsQueryOptions(plan));
}
