import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { NewUser, UnlockResult, UserChange, UserOut } from '@psm/server/contract';
import { apiSend } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

type Csrf = { csrfToken: string | null };

/** POST /api/users → 201 with the account (400 naming the field, 409 when the e-mail is taken). */
export const createUser = async ({ body, csrfToken }: Csrf & { body: NewUser }) => (await apiSend<UserOut>('POST', '/api/users', { body, csrfToken })).data;

/** PATCH /api/users/:id: only the fields sent change (role, office, name, active, password). */
export const changeUser = async ({ id, body, csrfToken }: Csrf & { id: number; body: UserChange }) =>
  (await apiSend<UserOut>('PATCH', `/api/users/${id}`, { body, csrfToken })).data;

/** POST /api/users/:id/unlock: forgets the failed logins of the account's e-mail. */
export const unlockUser = async ({ id, csrfToken }: Csrf & { id: number }) => (await apiSend<UnlockResult>('POST', `/api/users/${id}/unlock`, { csrfToken })).data;

function useUserMutation<V, R>(fn: (v: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.users.list() }) });
}

export const useCreateUser = () => useUserMutation(createUser);
export const useChangeUser = () => useUserMutation(changeUser);
export const useUnlockUser = () => useUserMutation(unlockUser);
