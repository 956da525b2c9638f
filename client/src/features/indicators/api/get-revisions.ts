import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { RevisionList } from '@psm/server/contract';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { revisionsUrl } from '../utils/observations-url';

/** GET /api/indicators/:code/revisions for the territories shown: values a later import changed. */
export function getRevisions(indicator: string, territories: readonly string[], signal?: AbortSignal): Promise<RevisionList> {
  return apiGet<RevisionList>(revisionsUrl(indicator, territories), { signal });
}

export const revisionsQueryOptions = (indicator: string, territories: readonly string[]) =>
  queryOptions({
    queryKey: queryKeys.indicators.revisions(indicator, territories),
    queryFn: ({ signal }) => getRevisions(indicator, territories, signal),
    staleTime: 5 * 60_000,
    // Toggling a territory keeps the notice in place (no jump) while the new selection loads.
    placeholderData: keepPreviousData,
    enabled: territories.length > 0,
  });

export function useRevisions(indicator: string, territories: readonly string[]) {
  return useQuery(revisionsQueryOptions(indicator, territories));
}
