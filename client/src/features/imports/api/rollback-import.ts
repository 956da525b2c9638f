import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RollbackResult } from '@psm/server/contract';
import { apiSend } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** POST /api/imports/:id/rollback: removes what the batch added and restores what it revised. */
export async function rollbackImport(id: number): Promise<RollbackResult> {
  const { data } = await apiSend<RollbackResult>('POST', `/api/imports/${id}/rollback`);
  return data;
}

export function useRollbackImport(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => rollbackImport(id),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.imports.all });
      // Values changed: every indicator read may be stale.
      void queryClient.invalidateQueries({ queryKey: queryKeys.indicators.all });
    },
  });
}
