import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { IndicatorCreate, IndicatorDetail } from '@psm/server/contract';
import { apiSend } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** POST /api/indicators: a new indicator (201 with its detail; 409 when the code is taken). */
export async function createIndicator(body: IndicatorCreate): Promise<IndicatorDetail> {
  const { data } = await apiSend<IndicatorDetail>('POST', '/api/indicators', { body });
  return data;
}

export function useCreateIndicator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createIndicator,
    onSuccess: (detail) => {
      queryClient.setQueryData(queryKeys.indicators.detail(detail.code), detail);
      void queryClient.invalidateQueries({ queryKey: [...queryKeys.indicators.all, 'list'] });
    },
  });
}
