import { queryOptions, useQuery } from '@tanstack/react-query';
import type { IndicatorDetail } from '@psm/server/contract';
import { apiGet } from '../api-client';
import { queryKeys } from '../query-keys';

/** GET /api/indicators/:code: metadata, linked strategies, coverage, import batches, targets. */
export function getIndicator(code: string, signal?: AbortSignal): Promise<IndicatorDetail> {
  return apiGet<IndicatorDetail>(`/api/indicators/${encodeURIComponent(code)}`, { signal, cache: 'no-cache' });
}

/**
 * One query for the public page and the back-office, with one rule: revalidated with the server on
 * every read (a conditional request, 304 while unchanged), so the analyst edits what the server holds,
 * and kept a minute. A metadata or target save writes its answer into this query, so the public page
 * shows it at once.
 */
export const indicatorQueryOptions = (code: string) =>
  queryOptions({
    queryKey: queryKeys.indicators.detail(code),
    queryFn: ({ signal }) => getIndicator(code, signal),
    staleTime: 60_000,
  });

export function useIndicator(code: string) {
  return useQuery(indicatorQueryOptions(code));
}
