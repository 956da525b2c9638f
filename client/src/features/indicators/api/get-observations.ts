import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ObservationList } from '@psm/server/contract';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { observationsUrl } from '../utils/observations-url';

/** GET /api/observations for one indicator and the territories shown (current values). */
export function getObservations(indicator: string, territories: readonly string[], signal?: AbortSignal): Promise<ObservationList> {
  return apiGet<ObservationList>(observationsUrl(indicator, territories), { signal });
}

export const observationsQueryOptions = (indicator: string, territories: readonly string[]) =>
  queryOptions({
    queryKey: queryKeys.indicators.observations(indicator, territories),
    queryFn: ({ signal }) => getObservations(indicator, territories, signal),
    staleTime: 5 * 60_000,
    // Toggling a territory keeps the chart on screen while the new selection loads.
    placeholderData: keepPreviousData,
    enabled: territories.length > 0,
  });

export function useObservations(indicator: string, territories: readonly string[]) {
  return useQuery(observationsQueryOptions(indicator, territories));
}
