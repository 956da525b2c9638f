import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UserList } from '@psm/server/contract';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/users (admins): every account, by e-mail. */
export const getUsers = (signal?: AbortSignal) => apiGet<UserList>('/api/users', { signal, cache: 'no-cache' });

export const usersQueryOptions = () => queryOptions({ queryKey: queryKeys.users.list(), queryFn: ({ signal }) => getUsers(signal) });

export function useUsers({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...usersQueryOptions(), enabled });
}
