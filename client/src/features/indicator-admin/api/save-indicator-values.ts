import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ValueRowsBody, ValuesReport } from '@psm/server/contract';
import { apiSend } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** POST /api/indicators/:code/values?dryRun=: the grid's rows, previewed (nothing written) or committed as a batch. */
export async function saveIndicatorValues(code: string, body: ValueRowsBody, dryRun: boolean): Promise<ValuesReport> {
  const { data } = await apiSend<ValuesReport>('POST', `/api/indicators/${encodeURIComponent(code)}/values?dryRun=${dryRun}`, { body });
  return data;
}

export function useSaveIndicatorValues(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, dryRun }: { body: ValueRowsBody; dryRun: boolean }) => saveIndicatorValues(code, body, dryRun),
    onSuccess: (report) => {
      // A commit changes the series everywhere it is shown (detail coverage, charts, dashboards).
      if (report.batchId !== null) void queryClient.invalidateQueries({ queryKey: queryKeys.indicators.all });
    },
  });
}
