import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { IndicatorDetail, Target, TargetCreate } from '@psm/server/contract';
import { apiSend } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** POST /api/indicators/:code/targets: 201 with the target; 409 when one exists for the same scope. */
export async function createTarget(code: string, body: TargetCreate): Promise<Target> {
  const { data } = await apiSend<Target>('POST', `/api/indicators/${encodeURIComponent(code)}/targets`, { body });
  return data;
}

/** DELETE /api/indicators/:code/targets/:id. */
export async function deleteTarget(code: string, id: number): Promise<void> {
  await apiSend('DELETE', `/api/indicators/${encodeURIComponent(code)}/targets/${id}`);
}

/** The indicator read again after a change to its targets (they are part of its detail). */
function useTargetChanged(code: string) {
  const queryClient = useQueryClient();
  return (update: (targets: Target[]) => Target[]) => {
    queryClient.setQueryData<IndicatorDetail>(queryKeys.indicators.detail(code), (old) => (old ? { ...old, targets: update(old.targets) } : old));
    void queryClient.invalidateQueries({ queryKey: queryKeys.indicators.detail(code) });
    void queryClient.invalidateQueries({ queryKey: queryKeys.dashboard.all });
  };
}

export function useCreateTarget(code: string) {
  const changed = useTargetChanged(code);
  return useMutation({
    mutationFn: (body: TargetCreate) => createTarget(code, body),
    onSuccess: (created) => changed((targets) => [...targets, created]),
  });
}

export function useDeleteTarget(code: string) {
  const changed = useTargetChanged(code);
  return useMutation({
    mutationFn: (id: number) => deleteTarget(code, id),
    onSuccess: (_, id) => changed((targets) => targets.filter((t) => t.id !== id)),
  });
}
