import { queryOptions, useQuery } from '@tanstack/react-query';
import type { IndicatorDetail } from '@psm/server/contract';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/indicators/:code: metadata, linked strategies, coverage, import batches, targets. */
export function getIndicator(code: string, signal?: AbortSignal): Promise<IndicatorDetail> {
  return apiGet<IndicatorDetail>(`/api/indicators/${encodeURIComponent(code)}`, { signal });
}

export const indicatorQueryOptions = (code: string) =>
  queryOptions({
    queryKey: queryKeys.indicators.detail(code),
    queryFn: ({ signal }) => getIndicator(code, signal),
    staleTime: 5 * 60_000,
  });

export function useIndicator(code: string) {
  return useQuery(indicatorQueryOptions(code));
}
