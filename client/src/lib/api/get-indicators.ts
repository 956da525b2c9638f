import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { IndicatorList } from '@psm/server/contract';
import { apiGet } from '../api-client';
import { queryKeys } from '../query-keys';

/** The server's largest page: the back-office reads the whole catalogue (a few hundred at most) at once. */
export const MAX_PAGE_SIZE = 200;

export type IndicatorFilters = {
  /** Left out: the first page. */
  page?: number;
  pageSize: number;
  q?: string;
  source?: string;
  plan?: string;
  strategy?: string;
};

/** The query string in a fixed order, empty filters left out, so equal filters give equal URLs. */
export function indicatorsUrl(f: IndicatorFilters): string {
  const params = new URLSearchParams();
  if (f.page !== undefined) params.set('page', String(f.page));
  params.set('pageSize', String(f.pageSize));
  for (const key of ['q', 'source', 'plan', 'strategy'] as const) {
    const v = f[key]?.trim();
    if (v) params.set(key, v);
  }
  return `/api/indicators?${params.toString()}`;
}

/** GET /api/indicators: one page of the catalogue, filtered by text, source, plan and strategy. */
export function getIndicators(filters: IndicatorFilters, signal?: AbortSignal): Promise<IndicatorList> {
  return apiGet<IndicatorList>(indicatorsUrl(filters), { signal, cache: 'no-cache' });
}

/**
 * One rule for the public catalogue and the back-office's lists: revalidated with the server on every
 * read (304 while unchanged), so a list refetched after an import or a metadata save is the server's,
 * never the browser's copy; kept a minute.
 */
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
