import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ActionRegisterResult, ActionTable } from '@psm/server/contract';
import { apiGet, apiSend } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

const plansPath = (plan: string) => `/api/plans/${encodeURIComponent(plan)}`;

/** Where the template of the plan's register is downloaded (admins). */
export const registerTemplateUrl = (plan: string) => `${plansPath(plan)}/actions/register/template.xlsx`;

/** POST /api/plans/:plan/actions/register: `dryRun` → what would change; otherwise written; 422 lists the file's problems. */
export async function loadRegister({ plan, file, dryRun }: { plan: string; file: File; dryRun: boolean }): Promise<ActionRegisterResult> {
  const form = new FormData();
  form.append('file', file);
  return (await apiSend<ActionRegisterResult>('POST', `${plansPath(plan)}/actions/register?dryRun=${dryRun}`, { body: form })).data;
}

export function useLoadRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: loadRegister,
    onSuccess: async (r) => {
      if (!r.dryRun) await queryClient.invalidateQueries({ queryKey: queryKeys.actions.all });
    },
  });
}

/** GET /api/plans/:plan/actions: the plan's actions with their office, for the admins' list. */
export function usePlanActions(plan: string) {
  return useQuery({
    queryKey: [...queryKeys.actions.table(plan), 'admin'],
    queryFn: ({ signal }) => apiGet<ActionTable>(`${plansPath(plan)}/actions`, { signal, cache: 'no-cache' }),
    enabled: Boolean(plan),
  });
}
