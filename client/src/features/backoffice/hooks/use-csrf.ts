import { useSession } from '../../../lib/session';

/** The signed-in session's CSRF token, to pass to `apiSend(..., { csrfToken })`; null for a visitor. */
export function useCsrf(): string | null {
  return useSession().data?.csrfToken ?? null;
}
