import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { IndicatorList } from '@psm/server/contract';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export type IndicatorFilters = {
  page: number;
  pageSize: number;
  q?: string;
  source?: string;
  plan?: string;
  strategy?: string;
};

/** The query string in a fixed order, empty filters left out, so equal filters give equal URLs. */
export function indicatorsUrl(f: IndicatorFilters): string {
  const params = new URLSearchParams();
  params.set('page', String(f.page));
  params.set('pageSize', String(f.pageSize));
  for (const key of ['q', 'source', 'plan', 'strategy'] as const) {
    const v = f[key]?.trim();
    if (v) params.set(key, v);
  }
  return `/api/indicators?${params.toString()}`;
}

/** GET /api/indicators: one page of the catalogue, filtered by text, source, plan and strategy. */
export function getIndicators(filters: IndicatorFilters, signal?: AbortSignal): Promise<IndicatorList> {
  return apiGet<IndicatorList>(indicatorsUrl(filters), { signal });
}

export const indicatorsQueryOptions = (filters: IndicatorFilters) =>
  queryOptions({
    queryKey: queryKeys.indicators.list(filters),
    queryFn: ({ signal }) => getIndicators(filters, signal),
    staleTime: 60_000,
    // The previous page stays on screen while the next one loads: no jump to a spinner.
    placeholderData: keepPreviousData,
  });

export function useIndicators(filters: IndicatorFilters) {
  return useQuery(indicatorsQueryOptions(filters));
}
