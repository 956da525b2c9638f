import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SiteInfo } from '@psm/server/contract';
import { apiGet } from '../api-client';
import { queryKeys } from '../query-keys';

/** GET /api/site: the code repository's address (null when not configured) and the software licence. */
export function getSite(signal?: AbortSignal): Promise<SiteInfo> {
  return apiGet<SiteInfo>('/api/site', { signal });
}

export const siteQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.site,
    queryFn: ({ signal }) => getSite(signal),
    staleTime: 60 * 60_000,
  });

export function useSite() {
  return useQuery(siteQueryOptions());
}
