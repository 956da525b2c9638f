import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { NewUser, UnlockResult, UserChange, UserOut } from '@psm/server/contract';
import { apiSend } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** POST /api/users → 201 with the account (400 naming the field, 409 when the e-mail is taken). */
export const createUser = async ({ body }: { body: NewUser }) => (await apiSend<UserOut>('POST', '/api/users', { body })).data;

/** PATCH /api/users/:id: only the fields sent change (role, office, name, active, password). */
export const changeUser = async ({ id, body }: { id: number; body: UserChange }) => (await apiSend<UserOut>('PATCH', `/api/users/${id}`, { body })).data;

/** POST /api/users/:id/unlock: forgets the failed logins of the account's e-mail. */
export const unlockUser = async ({ id }: { id: number }) => (await apiSend<UnlockResult>('POST', `/api/users/${id}/unlock`)).data;

function useUserMutation<V, R>(fn: (v: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.users.list() }) });
}

export const useCreateUser = () => useUserMutation(createUser);
export const useChangeUser = () => useUserMutation(changeUser);
export const useUnlockUser = () => useUserMutation(unlockUser);
