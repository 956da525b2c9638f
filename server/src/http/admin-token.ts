import crypto from 'node:crypto';
import type { Request } from 'express';
import type { Actor } from '../auth/roles';


/**
 * The automation credential: with ADMIN_TOKEN set, `Authorization: Bearer <token>` acts as an
 * administrator (scripts, CI). People log in with their own account instead.
 */
export const ADMIN_TOKEN_ACTOR: Actor = { actor: 'admin-token', userId: null, role: 'admin', officeId: null };

const digest = (s: string) => crypto.createHash('sha256').update(s, 'utf8').digest();

/**
 * What the request's Authorization header proves: nothing sent (null), the token (its actor), or
 * a wrong or unusable one ('invalid'; also when no token is configured). Both sides are hashed
 * first so the comparison takes the same time whatever the token sent.
 */
export function bearerActor(req: Request, token: string | undefined): Actor | null | 'invalid' {
  const header = req.get('authorization');
  if (!header) return null;
  const match = /^Bearer[ ]+([^\s]+)[ ]*$/i.exec(header);
  if (!match || !token) return 'invalid';
  return crypto.timingSafeEqual(digest(match[1]!), digest(token)) ? ADMIN_TOKEN_ACTOR : 'invalid';
}
