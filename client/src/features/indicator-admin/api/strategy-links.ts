import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { StrategyIndicators, StrategyIndicatorsInput } from '@psm/server/contract';
import { apiGet, apiSend } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

const path = (plan: string, strategy: string) =>
  `/api/plans/${encodeURIComponent(plan)}/strategies/${encodeURIComponent(strategy)}/indicators`;

/** GET …/strategies/:code/indicators: the linked indicators in dashboard order. */
export function getStrategyLinks(plan: string, strategy: string, signal?: AbortSignal): Promise<StrategyIndicators> {
  return apiGet<StrategyIndicators>(path(plan, strategy), { signal, cache: 'no-cache' });
}

export const strategyLinksQueryOptions = (plan: string, strategy: string) =>
  queryOptions({ queryKey: queryKeys.strategyIndicators(plan, strategy), queryFn: ({ signal }) => getStrategyLinks(plan, strategy, signal) });

export function useStrategyLinks(plan: string, strategy: string) {
  return useQuery(strategyLinksQueryOptions(plan, strategy));
}

/** PUT …/strategies/:code/indicators: replaces the whole list (order = position). */
export async function saveStrategyLinks(plan: string, strategy: string, body: StrategyIndicatorsInput) {
  const { data } = await apiSend<StrategyIndicators>('PUT', path(plan, strategy), { body });
  return data;
}

export function useSaveStrategyLinks(plan: string, strategy: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: StrategyIndicatorsInput) => saveStrategyLinks(plan, strategy, body),
    onSuccess: (saved) => {
      queryClient.setQueryData(queryKeys.strategyIndicators(plan, strategy), saved);
      // The dashboard, the plan's indicator counts and each indicator's strategies change with it.
      void queryClient.invalidateQueries({ queryKey: queryKeys.dashboard.strategy(plan, strategy) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.plans.tree(plan) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.indicators.all });
    },
  });
}
