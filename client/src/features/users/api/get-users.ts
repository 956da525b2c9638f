import { queryOptions, useQuery } from '@tanstack/react-query';
import { getFresh } from '../../backoffice';
import { queryKeys } from '../../../lib/query-keys';
import type { UserList } from '../types';

/** GET /api/users (admins): every account, by e-mail. */
export const getUsers = async (signal?: AbortSignal) => (await getFresh<UserList>('/api/users', { signal })).data;

export const usersQueryOptions = () => queryOptions({ queryKey: queryKeys.users.list(), queryFn: ({ signal }) => getUsers(signal) });

export function useUsers({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...usersQueryOptions(), enabled });
}
