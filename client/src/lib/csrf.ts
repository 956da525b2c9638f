import type { QueryClient } from '@tanstack/react-query';
import type { SessionInfo } from '@psm/server/contract';
import { queryKeys } from './query-keys';

/**
 * Where apiSend finds the CSRF token every write made with the session cookie must carry: the session
 * query (lib/session.ts) of the QueryClient the app provides (registered by app/app.tsx; in tests, by
 * each test's client). Read at each write, so a sign-in, a sign-out or a new session needs no copy
 * kept in step.
 */
let sessionCache: QueryClient | null = null;

export function readCsrfTokenFrom(queryClient: QueryClient): void {
  sessionCache = queryClient;
}

/** The signed-in session's token; null for a visitor (the server then refuses the write with 401 or 403). */
export function csrfToken(): string | null {
  return sessionCache?.getQueryData<SessionInfo | null>(queryKeys.session)?.csrfToken ?? null;
}
