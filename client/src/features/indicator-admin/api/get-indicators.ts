import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { IndicatorList } from '@psm/server/contract';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** The catalogue is a few hundred indicators at most: one page of 200, searched by the server. */
export const ADMIN_PAGE_SIZE = 200;

/** GET /api/indicators?q=…: code, name, definition; metadata and linked strategies of each. */
export function getIndicators(q: string, signal?: AbortSignal): Promise<IndicatorList> {
  const params = new URLSearchParams({ pageSize: String(ADMIN_PAGE_SIZE) });
  if (q) params.set('q', q);
  return apiGet<IndicatorList>(`/api/indicators?${params.toString()}`, { signal, cache: 'no-cache' });
}

export const indicatorsQueryOptions = (q: string) =>
  queryOptions({
    queryKey: queryKeys.indicators.list({ q: q || undefined, pageSize: ADMIN_PAGE_SIZE }),
    queryFn: ({ signal }) => getIndicators(q, signal),
    placeholderData: keepPreviousData,
  });

export function useIndicators(q: string) {
  return useQuery(indicatorsQueryOptions(q));
}
