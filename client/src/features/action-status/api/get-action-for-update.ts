import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ActionDetail } from '@psm/server/contract';
import { apiGetWithEtag } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import type { ActionForUpdate } from '../types';

export const actionPath = (plan: string, code: string) => `/api/plans/${encodeURIComponent(plan)}/actions/${encodeURIComponent(code)}`;

/** GET /api/plans/:plan/actions/:code with its ETag ("v<version>-…"), revalidated with the server. */
export async function getActionForUpdate(plan: string, code: string, signal?: AbortSignal): Promise<ActionForUpdate> {
  const { data, etag } = await apiGetWithEtag<ActionDetail>(actionPath(plan, code), { signal, cache: 'no-cache' });
  // Without an ETag the server would refuse the write (428); the version makes an equivalent one.
  return { action: data, etag: etag ?? `"v${data.version}-"` };
}

/**
 * Read once and kept: the version on screen is the one the update is checked against, so it never
 * changes behind the user's back (no refetch on focus); "Ricarica la versione attuale" refetches.
 */
export const actionForUpdateQueryOptions = (plan: string, code: string) =>
  queryOptions({
    queryKey: queryKeys.actions.forUpdate(plan, code),
    queryFn: ({ signal }) => getActionForUpdate(plan, code, signal),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });

export function useActionForUpdate(plan: string, code: string) {
  return useQuery(actionForUpdateQueryOptions(plan, code));
}
