import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ValuesReport } from '@psm/server/contract';
import { apiSend } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** The template's address (GET, a CSV to download). */
export const valuesTemplateUrl = (code: string) => `/api/indicators/${encodeURIComponent(code)}/values/template.csv`;

/** POST /api/indicators/:code/values/file?dryRun=: a filled template, through the same preview and commit. */
export async function uploadIndicatorValues(code: string, file: File, dryRun: boolean): Promise<ValuesReport> {
  const form = new FormData();
  form.append('file', file);
  const { data } = await apiSend<ValuesReport>('POST', `/api/indicators/${encodeURIComponent(code)}/values/file?dryRun=${dryRun}`, { body: form });
  return data;
}

export function useUploadIndicatorValues(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) => uploadIndicatorValues(code, file, dryRun),
    onSuccess: (report) => {
      if (report.batchId !== null) void queryClient.invalidateQueries({ queryKey: queryKeys.indicators.all });
    },
  });
}
