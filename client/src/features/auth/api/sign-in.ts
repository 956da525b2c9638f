import type { SessionInfo } from '@psm/server/contract';
import { ApiError } from '../../../lib/api-client';

/** A refused login; `retryAfterSeconds` from the Retry-After header of a 429 (locked out). */
export class SignInError extends ApiError {
  constructor(status: number, problem: Record<string, unknown>, readonly retryAfterSeconds: number | null) {
    super(status, typeof problem.title === 'string' ? problem.title : `HTTP ${status}`, typeof problem.detail === 'string' ? problem.detail : '', problem);
  }
}

/**
 * POST /api/auth/login: opens a session (httpOnly cookie) and returns the user and the CSRF token.
 * Not apiSend: a lockout's wait is only in the Retry-After header, which the page shows in minutes.
 */
export async function signIn(email: string, password: string): Promise<SessionInfo> {
  let res: Response;
  try {
    res = await fetch('/api/auth/login', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
  } catch {
    throw new SignInError(0, {}, null);
  }
  if (!res.ok) {
    const problem = (await res.json().catch(() => ({}))) as Record<string, unknown>;
    const retry = Number(res.headers.get('Retry-After'));
    throw new SignInError(res.status, problem ?? {}, Number.isFinite(retry) && retry > 0 ? retry : null);
  }
  return (await res.json()) as SessionInfo;
}
