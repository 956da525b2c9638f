import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SessionInfo, SetupBody, SetupState } from '@psm/server/contract';
import { apiGet, apiSend } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/setup: whether the install still needs its first administrator. Always asked again (never cached). */
export const setupQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.setup,
    queryFn: ({ signal }) => apiGet<SetupState>('/api/setup', { signal, cache: 'no-cache' }),
    staleTime: 0,
  });

export function useSetupState() {
  return useQuery(setupQueryOptions());
}

/** POST /api/setup: the first administrator with the console's one-time code; the answer is their new session. */
export async function createFirstAdmin(body: SetupBody): Promise<SessionInfo> {
  return (await apiSend<SessionInfo>('POST', '/api/setup', { body })).data;
}
