import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { BackofficeIndicatorList, IndicatorStatus } from '@psm/server/contract';
import { apiGet } from '../../../lib/api-client';
import { MAX_PAGE_SIZE } from '../../../lib/api/get-indicators';
import { queryKeys } from '../../../lib/query-keys';

export type BackofficeFilters = { q?: string; status?: IndicatorStatus };

/** GET /api/backoffice/indicators: the whole catalogue (one page of the largest size), drafts included, each with its publication status. */
export function getBackofficeIndicators(f: BackofficeFilters, signal?: AbortSignal): Promise<BackofficeIndicatorList> {
  const params = new URLSearchParams({ pageSize: String(MAX_PAGE_SIZE) });
  if (f.q?.trim()) params.set('q', f.q.trim());
  if (f.status) params.set('status', f.status);
  return apiGet<BackofficeIndicatorList>(`/api/backoffice/indicators?${params.toString()}`, { signal, cache: 'no-cache' });
}

export const backofficeIndicatorsQueryOptions = (f: BackofficeFilters) =>
  queryOptions({
    queryKey: queryKeys.indicators.backoffice({ q: f.q || undefined, status: f.status }),
    queryFn: ({ signal }) => getBackofficeIndicators(f, signal),
    placeholderData: keepPreviousData,
  });

export function useBackofficeIndicators(f: BackofficeFilters) {
  return useQuery(backofficeIndicatorsQueryOptions(f));
}
