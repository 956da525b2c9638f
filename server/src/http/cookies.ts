import type { Request, Response } from 'express';

/** The session cookie: an opaque token; the sessions table keeps only its hash. */
export const SESSION_COOKIE = 'psm_session';
/** The header every write made with the cookie must carry (the session's CSRF token). */
export const CSRF_HEADER = 'X-CSRF-Token';

/** A cookie of the request; null when absent or not decodable (a malformed value is no session). */
export function readCookie(req: Request, name: string): string | null {
  for (const part of (req.get('cookie') ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return null;
      }
    }
  }
  return null;
}

export const readSessionToken = (req: Request) => readCookie(req, SESSION_COOKIE);

export function setSessionCookie(res: Response, token: string, secure: boolean): void {
  res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}

export function clearSessionCookie(res: Response): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', path: '/' });
}
