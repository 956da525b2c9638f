import { queryOptions, useQuery } from '@tanstack/react-query';
import type { IndicatorDetail } from '@psm/server/contract';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/indicators/:code: metadata, strategies, coverage, batches and targets. */
export function getIndicator(code: string, signal?: AbortSignal): Promise<IndicatorDetail> {
  return apiGet<IndicatorDetail>(`/api/indicators/${encodeURIComponent(code)}`, { signal, cache: 'no-cache' });
}

export const indicatorQueryOptions = (code: string) =>
  queryOptions({ queryKey: queryKeys.indicators.detail(code), queryFn: ({ signal }) => getIndicator(code, signal) });

export function useIndicator(code: string) {
  return useQuery(indicatorQueryOptions(code));
}
