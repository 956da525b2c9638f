import type { RequestHandler } from 'express';
import type { Knex } from 'knex';
import { AppError } from '../errors/errors';
import { bearerActor } from '../http/admin-token';
import { allows, type Role } from './roles';
import { actorOf, CSRF_HEADER, findSession, sameToken, type SessionOptions } from './sessions';

export class UnauthorizedError extends AppError {
  constructor(detail: string) {
    super(401, 'unauthorized', 'Autenticazione richiesta / Authentication required', detail);
  }
}

export class ForbiddenError extends AppError {
  constructor(detail: string) {
    super(403, 'forbidden', 'Operazione non consentita / Forbidden', detail);
  }
}

export class CsrfError extends AppError {
  constructor() {
    super(403, 'csrf', 'Richiesta non verificata / CSRF check failed', `Send the session's CSRF token (from login or /api/auth/me) in the ${CSRF_HEADER} header.`);
  }
}

export type GuardDeps = { db: Knex; sessions: SessionOptions; adminToken?: string };

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Admits a request made by one of `roles` (an admin always): the session cookie, whose writes
 * must carry the CSRF header, or the automation bearer token (no cookie, so no CSRF). 401 without
 * either, 403 for the wrong role or a missing CSRF token. Puts the actor and session in res.locals.
 */
export function requireRoles(roles: readonly Role[], deps: GuardDeps): RequestHandler {
  return async (req, res, next) => {
    try {
      const bearer = bearerActor(req, deps.adminToken);
      if (bearer === 'invalid') {
        res.set('WWW-Authenticate', 'Bearer realm="psm-monitor", error="invalid_token"');
        throw new UnauthorizedError('The bearer token is not valid.');
      }
      if (bearer) {
        res.locals.actor = bearer;
        return next();
      }
      const session = await findSession(deps.db, deps.sessions, req);
      if (!session) throw new UnauthorizedError('Log in first (POST /api/auth/login); the session may have expired.');
      if (!SAFE.has(req.method) && !sameToken(req.get(CSRF_HEADER), session.csrfToken)) throw new CsrfError();
      if (!allows(roles, session.user.role)) {
        throw new ForbiddenError(`This needs the role ${[...new Set(['admin', ...roles])].join(' or ')}; you are ${session.user.role}.`);
      }
      res.locals.actor = actorOf(session.user);
      res.locals.session = session;
      next();
    } catch (err) {
      next(err);
    }
  };
}
