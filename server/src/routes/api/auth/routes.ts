import type { AuthOptions } from '../../../auth/options';
import { findSession } from '../../../auth/sessions';
import { loggedOut, loginBody, sessionInfo, sessionState } from '../../../contract/auth';
import { UnauthorizedError } from '../../../errors/errors';
import { ANY_ROLE, type AnyRouteDef, defineRoute } from '../../../http/route-def';
import { login, logout } from './service';

const tag = 'Accesso / Authentication';

/** Login, logout and the current session: the cookie the browser keeps and the CSRF token the client sends back. */
export function authRoutes(opts: AuthOptions): AnyRouteDef[] {
  return [
    defineRoute({
      method: 'post',
      path: '/api/auth/login',
      tag,
      summary: 'Accedi / Log in',
      description:
        'Checks e-mail and password and opens a session: sets the httpOnly cookie psm_session and returns the user and the CSRF token to send in X-CSRF-Token with every write. 401 for wrong credentials (the same answer whatever was wrong); 429 with Retry-After after too many failures.',
      body: loginBody,
      problems: [401, 429],
      response: sessionInfo,
      handler: async ({ db, body, client, reply }) => {
        const { cookieToken, ...info } = await login(db, opts, body, client);
        reply.setSessionCookie(cookieToken);
        return info;
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/auth/logout',
      auth: ANY_ROLE,
      tag,
      summary: 'Esci / Log out',
      description: 'Ends the session and clears the cookie.',
      response: loggedOut,
      handler: async ({ db, session, actor, reply }) => {
        if (session) await logout(db, session.id, actor);
        reply.clearSessionCookie();
        return { loggedOut: true as const };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/auth/me',
      auth: ANY_ROLE,
      tag,
      summary: 'Sessione corrente / Current session',
      description: 'The logged-in user and the CSRF token of the session; 401 when not logged in.',
      response: sessionInfo,
      handler: async ({ session }) => {
        if (!session) throw new UnauthorizedError('The automation token has no session: log in with an account.');
        return { user: session.user, csrfToken: session.csrfToken };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/auth/session',
      tag,
      summary: 'Stato della sessione / Session state',
      description:
        'Like /api/auth/me, but a visitor gets 200 with user and csrfToken null: the web client asks on every page and a visitor is not an error.',
      response: sessionState,
      handler: async ({ db, client }) => {
        const session = await findSession(db, opts.sessions, client.sessionToken);
        return session ? { user: session.user, csrfToken: session.csrfToken } : { user: null, csrfToken: null };
      },
    }),
  ];
}
