import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { sessionInfo } from '../../../server/src/routes/api/auth/schema';
import { ApiError, apiGet, apiSend } from './api-client';
import { queryKeys } from './query-keys';

export type SessionInfo = z.infer<typeof sessionInfo>;
export type Role = SessionInfo['user']['role'];

/** The signed-in user and the CSRF token, or null for a visitor (401 is not an error here). */
export async function getSession(signal?: AbortSignal): Promise<SessionInfo | null> {
  try {
    return await apiGet<SessionInfo>('/api/auth/me', { signal });
  } catch (err) {
    if (err instanceof ApiError && (err.status === 401 || err.status === 403)) return null;
    throw err;
  }
}

export const sessionQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.session, queryFn: ({ signal }) => getSession(signal), staleTime: 60_000 });

export function useSession() {
  return useQuery(sessionQueryOptions());
}

/** True when the user has one of the roles (admin can do everything the others can). */
export function hasRole(session: SessionInfo | null | undefined, ...roles: Role[]): boolean {
  if (!session) return false;
  return session.user.role === 'admin' || roles.includes(session.user.role);
}

export async function login(email: string, password: string): Promise<SessionInfo> {
  const { data } = await apiSend<SessionInfo>('POST', '/api/auth/login', { body: { email, password } });
  return data;
}

export async function logout(csrfToken: string): Promise<void> {
  await apiSend('POST', '/api/auth/logout', { csrfToken });
}

/** Signs out, forgets the session and every cached answer that may have been personal. */
export function useLogout() {
  const queryClient = useQueryClient();
  return async (csrfToken: string) => {
    try {
      await logout(csrfToken);
    } finally {
      queryClient.setQueryData(queryKeys.session, null);
      await queryClient.invalidateQueries();
    }
  };
}
