import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ActionDetail, ActionEditInput } from '@psm/server/contract';
import { apiGetWithEtag, apiSend } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export type ActionWithEtag = { action: ActionDetail; etag: string };

export const actionPath = (plan: string, code: string) => `/api/plans/${encodeURIComponent(plan)}/actions/${encodeURIComponent(code)}`;

/** GET /api/plans/:plan/actions/:code with its ETag ("v<version>-…"), revalidated with the server. */
export async function getActionDetails(plan: string, code: string, signal?: AbortSignal): Promise<ActionWithEtag> {
  const { data, etag } = await apiGetWithEtag<ActionDetail>(actionPath(plan, code), { signal, cache: 'no-cache' });
  return { action: data, etag: etag ?? `"v${data.version}-"` };
}

/** Read once and kept: the version on screen is the one the edit is checked against; "Ricarica" refetches. */
export const actionDetailsQueryOptions = (plan: string, code: string) =>
  queryOptions({
    queryKey: queryKeys.actions.details(plan, code),
    queryFn: ({ signal }) => getActionDetails(plan, code, signal),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });

export const useActionDetails = (plan: string, code: string) => useQuery(actionDetailsQueryOptions(plan, code));

/** PATCH /api/plans/:plan/actions/:code with If-Match → the action as it is now; 409 when someone saved in between. */
export async function editActionDetails({ plan, code, body, etag }: { plan: string; code: string; body: ActionEditInput; etag: string }): Promise<ActionWithEtag> {
  const { data, headers } = await apiSend<ActionDetail>('PATCH', actionPath(plan, code), { body, ifMatch: etag });
  return { action: data, etag: headers.get('ETag') ?? `"v${data.version}-"` };
}

/** Public reads may be kept by the browser for a minute: fetched again with `cache: 'reload'` so the public page shows the change at once. */
export async function reloadPublicCopies(urls: string[]): Promise<void> {
  await Promise.all(urls.map((url) => fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin', cache: 'reload' }).catch(() => undefined)));
}

export function useEditActionDetails() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: editActionDetails,
    onSuccess: async (result, { plan, code }) => {
      queryClient.setQueryData(queryKeys.actions.details(plan, code), result);
      const p = encodeURIComponent(plan);
      await reloadPublicCopies([actionPath(plan, code), `/api/plans/${p}/actions`, `/api/plans/${p}/rollup`]);
      await Promise.all([queryClient.invalidateQueries({ queryKey: queryKeys.actions.all }), queryClient.invalidateQueries({ queryKey: queryKeys.plans.all })]);
    },
  });
}
