import { queryOptions, useQuery } from '@tanstack/react-query';
import type { BackofficeIndicatorDetail } from '@psm/server/contract';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/backoffice/indicators/:code: the indicator's detail, draft or published, with its publication status. */
export function getBackofficeIndicator(code: string, signal?: AbortSignal): Promise<BackofficeIndicatorDetail> {
  return apiGet<BackofficeIndicatorDetail>(`/api/backoffice/indicators/${encodeURIComponent(code)}`, { signal, cache: 'no-cache' });
}

export const backofficeIndicatorQueryOptions = (code: string) =>
  queryOptions({ queryKey: queryKeys.indicators.backofficeDetail(code), queryFn: ({ signal }) => getBackofficeIndicator(code, signal) });

export function useBackofficeIndicator(code: string) {
  return useQuery(backofficeIndicatorQueryOptions(code));
}
