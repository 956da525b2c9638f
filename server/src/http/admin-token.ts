import crypto from 'node:crypto';
import type { RequestHandler } from 'express';
import { AppError } from '../errors/errors';

/** Who made a write: the label shown in batches and the audit log, and the user once accounts exist. */
export type Actor = { actor: string; userId: number | null };

/** Until accounts exist, every write is made with the one token of the environment. */
export const ADMIN_TOKEN_ACTOR: Actor = { actor: 'admin-token', userId: null };

export class UnauthorizedError extends AppError {
  constructor(detail: string) {
    super(401, 'unauthorized', 'Autenticazione richiesta / Authentication required', detail);
  }
}

export class WritesDisabledError extends AppError {
  constructor() {
    super(
      403,
      'writes-disabled',
      'Funzione disattivata / Disabled',
      'Imports are disabled until ADMIN_TOKEN is set in the server environment.',
    );
  }
}

const digest = (s: string) => crypto.createHash('sha256').update(s, 'utf8').digest();

/**
 * Guards the writes with `Authorization: Bearer <ADMIN_TOKEN>` until user accounts with roles exist.
 * Both sides are hashed first so the comparison takes the same time whatever the length or content of
 * the token sent. Without a configured token the writes are off (403), never open.
 */
export function requireAdminToken(token: string | undefined): RequestHandler {
  const expected = token ? digest(token) : null;
  return (req, res, next) => {
    if (!expected) return next(new WritesDisabledError());
    const match = /^Bearer[ ]+([^\s]+)[ ]*$/i.exec(req.get('authorization') ?? '');
    if (!match) {
      res.set('WWW-Authenticate', 'Bearer realm="psm-monitor"');
      return next(new UnauthorizedError('Send the administrator token as "Authorization: Bearer <token>".'));
    }
    if (!crypto.timingSafeEqual(digest(match[1]!), expected)) {
      res.set('WWW-Authenticate', 'Bearer realm="psm-monitor", error="invalid_token"');
      return next(new UnauthorizedError('The bearer token is not valid.'));
    }
    res.locals.actor = ADMIN_TOKEN_ACTOR;
    next();
  };
}
