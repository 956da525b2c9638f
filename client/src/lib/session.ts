import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role, SessionInfo, SessionState } from '@psm/server/contract';
import { apiGet, apiSend } from './api-client';
import { queryKeys } from './query-keys';

/** The signed-in user and the CSRF token, or null for a visitor (/api/auth/session answers 200 either way). */
export async function getSession(signal?: AbortSignal): Promise<SessionInfo | null> {
  const state = await apiGet<SessionState>('/api/auth/session', { signal });
  return state.user && state.csrfToken ? { user: state.user, csrfToken: state.csrfToken } : null;
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

export async function logout(): Promise<void> {
  await apiSend('POST', '/api/auth/logout');
}

/** Signs out, forgets the session and every cached answer that may have been personal. */
export function useLogout() {
  const queryClient = useQueryClient();
  return async () => {
    try {
      await logout();
    } finally {
      queryClient.setQueryData(queryKeys.session, null);
      await queryClient.invalidateQueries();
    }
  };
}
