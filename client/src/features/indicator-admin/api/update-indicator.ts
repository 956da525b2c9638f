import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BackofficeIndicatorDetail, IndicatorDetail, IndicatorPatch } from '@psm/server/contract';
import { apiSend } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** PATCH /api/indicators/:code: only the fields sent change; answers the whole indicator. */
export async function updateIndicator(code: string, patch: IndicatorPatch): Promise<IndicatorDetail> {
  const { data } = await apiSend<IndicatorDetail>('PATCH', `/api/indicators/${encodeURIComponent(code)}`, { body: patch });
  return data;
}

export function useUpdateIndicator(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: IndicatorPatch) => updateIndicator(code, patch),
    onSuccess: (detail) => {
      queryClient.setQueryData(queryKeys.indicators.detail(code), detail);
      queryClient.setQueryData<BackofficeIndicatorDetail>(queryKeys.indicators.backofficeDetail(code), (old) => (old ? { ...old, ...detail } : old));
      // Lists and dashboards show the name, unit and polarity too.
      void queryClient.invalidateQueries({ queryKey: [...queryKeys.indicators.all, 'list'] });
      // The back-office's reads: what publishing still lacks changes with the metadata.
      void queryClient.invalidateQueries({ queryKey: [...queryKeys.indicators.all, 'backoffice'] });
      void queryClient.invalidateQueries({ queryKey: queryKeys.indicators.backofficeDetail(code) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.dashboard.all });
    },
  });
}
