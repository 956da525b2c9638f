import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ImportBatch, ImportBatchDetail } from '@psm/server/contract';
import { apiSend } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** POST /api/imports/:id/commit: 202, the commit job starts (409 unless previewed cleanly). */
export async function commitImport(id: number): Promise<ImportBatch> {
  const { data } = await apiSend<ImportBatch>('POST', `/api/imports/${id}/commit`);
  return data;
}

export function useCommitImport(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => commitImport(id),
    onSuccess: (batch) => {
      // The status becomes "committing" at once, which starts the polling; the report stays until replaced.
      queryClient.setQueryData<ImportBatchDetail>(queryKeys.imports.detail(id), (old) => ({ ...batch, report: old?.report ?? null }));
      void queryClient.invalidateQueries({ queryKey: queryKeys.imports.detail(id) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.imports.list() });
    },
  });
}
