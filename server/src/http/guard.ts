import type { RequestHandler } from 'express';
import type { Knex } from 'knex';
import { allows, type Role } from '../auth/roles';
import { actorOf, findSession, sameToken, type SessionOptions } from '../auth/sessions';
import { CsrfError, ForbiddenError, UnauthorizedError } from '../errors/errors';
import { bearerActor } from './admin-token';
import { CSRF_HEADER, readSessionToken } from './cookies';

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
      const session = await findSession(deps.db, deps.sessions, readSessionToken(req));
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
