import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TerritoryList } from '@psm/server/contract';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/territories: every territory (comuni, zone, the city, region, country), for the target's territory. */
export function getTerritories(signal?: AbortSignal): Promise<TerritoryList> {
  return apiGet<TerritoryList>('/api/territories', { signal });
}

export const territoriesQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.territories.list({}), queryFn: ({ signal }) => getTerritories(signal), staleTime: 60 * 60_000 });

export function useTerritories(enabled = true) {
  return useQuery({ ...territoriesQueryOptions(), enabled });
}
