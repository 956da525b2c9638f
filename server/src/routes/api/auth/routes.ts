import type { Session } from '../../../auth/sessions';
import { clearSessionCookie, closeSession, findSession, setSessionCookie } from '../../../auth/sessions';
import { writeAudit } from '../../../audit/audit';
import { UnauthorizedError } from '../../../auth/guard';
import type { AuthOptions } from '../../../auth/options';
import { ANY_ROLE, type AnyRouteDef } from '../../../http/route';
import { loggedOut, loginBody, sessionInfo, sessionState } from '../../../contract/auth';
import { login, TooManyAttemptsError } from './service';

const tag = 'Accesso / Authentication';

/** Login, logout and the current session: the cookie the browser keeps and the CSRF token the client sends back. */
export function authRoutes(opts: AuthOptions): AnyRouteDef[] {
  return [
    {
      method: 'post',
      path: '/api/auth/login',
      tag,
      summary: 'Accedi / Log in',
      description:
        'Checks e-mail and password and opens a session: sets the httpOnly cookie psm_session and returns the user and the CSRF token to send in X-CSRF-Token with every write. 401 for wrong credentials (the same answer whatever was wrong); 429 with Retry-After after too many failures.',
      body: loginBody,
      problems: [401, 429],
      response: sessionInfo,
      handler: async ({ db, body, req, res }) => {
        try {
          const { cookieToken, ...info } = await login(db, opts, body, req);
          setSessionCookie(req, res, opts.sessions, cookieToken);
          return info;
        } catch (err) {
          if (err instanceof TooManyAttemptsError) res.set('Retry-After', String(err.retryAfterSeconds));
          throw err;
        }
      },
    },
    {
      method: 'post',
      path: '/api/auth/logout',
      auth: ANY_ROLE,
      tag,
      summary: 'Esci / Log out',
      description: 'Ends the session and clears the cookie.',
      response: loggedOut,
      handler: async ({ db, res, actor }) => {
        const session = res.locals.session as Session | undefined;
        if (session) {
          await closeSession(db, session.id);
          await writeAudit(db, [{ actor: actor!.actor, userId: actor!.userId, action: 'logout', resourceType: 'session' }]);
        }
        clearSessionCookie(res);
        return { loggedOut: true as const };
      },
    },
    {
      method: 'get',
      path: '/api/auth/me',
      auth: ANY_ROLE,
      tag,
      summary: 'Sessione corrente / Current session',
      description: 'The logged-in user and the CSRF token of the session; 401 when not logged in.',
      response: sessionInfo,
      handler: async ({ res }) => {
        const session = res.locals.session as Session | undefined;
        if (!session) throw new UnauthorizedError('The automation token has no session: log in with an account.');
        return { user: session.user, csrfToken: session.csrfToken };
      },
    },
    {
      method: 'get',
      path: '/api/auth/session',
      tag,
      summary: 'Stato della sessione / Session state',
      description:
        'Like /api/auth/me, but a visitor gets 200 with user and csrfToken null: the web client asks on every page and a visitor is not an error.',
      response: sessionState,
      handler: async ({ db, req }) => {
        const session = await findSession(db, opts.sessions, req);
        return session ? { user: session.user, csrfToken: session.csrfToken } : { user: null, csrfToken: null };
      },
    },
  ];
}
