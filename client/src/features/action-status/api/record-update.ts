import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ActionDetail, ActionUpdateInput } from '@psm/server/contract';
import { apiSend } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import type { ActionForUpdate } from '../types';
import { actionPath } from './get-action-for-update';

type Vars = { plan: string; code: string; body: ActionUpdateInput; etag: string };

/**
 * POST /api/plans/:plan/actions/:code/updates with If-Match (the ETag read) and the CSRF token → 201
 * with the action as it is now. 409 when someone saved in between (problem: currentVersion, currentStatus).
 */
export async function recordUpdate({ plan, code, body, etag }: Vars): Promise<ActionForUpdate> {
  const { data, headers } = await apiSend<ActionDetail>('POST', `${actionPath(plan, code)}/updates`, { body, ifMatch: etag });
  return { action: data, etag: headers.get('ETag') ?? `"v${data.version}-"` };
}

/**
 * Public reads may be kept by the browser for a minute (Cache-Control: public): fetch them again with
 * `cache: 'reload'`, which replaces the browser's copy, so the public pages show the update at once.
 */
async function reloadPublicCopies(plan: string, code: string): Promise<void> {
  const p = encodeURIComponent(plan);
  const urls = [actionPath(plan, code), `/api/plans/${p}/actions`, `/api/plans/${p}/rollup`];
  await Promise.all(
    urls.map((url) => fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin', cache: 'reload' }).catch(() => undefined)),
  );
}

/** Records an update; on success the action's new state and ETag replace the old, and every view of actions, plans and dashboards reloads. */
export function useRecordUpdate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordUpdate,
    onSuccess: async (result, { plan, code }) => {
      queryClient.setQueryData(queryKeys.actions.forUpdate(plan, code), result);
      await reloadPublicCopies(plan, code);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.actions.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.plans.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.dashboard.all }),
      ]);
    },
  });
}
