import { queryOptions, useQuery } from '@tanstack/react-query';
import type { IndicatorValues } from '@psm/server/contract';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/indicators/:code/values: the current values by territory and period (the grid's rows). */
export function getIndicatorValues(code: string, signal?: AbortSignal): Promise<IndicatorValues> {
  return apiGet<IndicatorValues>(`/api/indicators/${encodeURIComponent(code)}/values`, { signal });
}

export const indicatorValuesQueryOptions = (code: string) =>
  queryOptions({ queryKey: queryKeys.indicators.values(code), queryFn: ({ signal }) => getIndicatorValues(code, signal) });

export function useIndicatorValues(code: string) {
  return useQuery(indicatorValuesQueryOptions(code));
}
