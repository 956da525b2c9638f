import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BackofficeIndicatorDetail } from '@psm/server/contract';
import { apiSend } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** POST /api/indicators/:code/publish or /unpublish: the indicator as the back-office sees it after; a 422 lists what publishing lacks. */
export async function setPublished(code: string, publish: boolean): Promise<BackofficeIndicatorDetail> {
  const { data } = await apiSend<BackofficeIndicatorDetail>('POST', `/api/indicators/${encodeURIComponent(code)}/${publish ? 'publish' : 'unpublish'}`);
  return data;
}

export function useSetPublished(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (publish: boolean) => setPublished(code, publish),
    onSuccess: (detail) => {
      queryClient.setQueryData(queryKeys.indicators.backofficeDetail(code), detail);
      // Every public read of indicators and dashboards changes with it.
      void queryClient.invalidateQueries({ queryKey: queryKeys.indicators.all });
      void queryClient.invalidateQueries({ queryKey: queryKeys.dashboard.all });
    },
  });
}
