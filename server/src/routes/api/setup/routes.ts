import type { AuthOptions } from '../../../auth/options';
import type { SetupCode } from '../../../auth/setup-code';
import { sessionInfo, setupBody, setupState } from '../../../contract';
import { type AnyRouteDef, defineRoute } from '../../../http/route-def';
import { createFirstAdmin, setupNeeded } from './service';

const tag = 'Accesso / Authentication';

/** The one-time setup of the first administrator on a fresh install (the code is printed on the server's console). */
export function setupRoutes(opts: AuthOptions, setup: SetupCode): AnyRouteDef[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/setup',
      tag,
      summary: 'Serve la configurazione iniziale? / Is the first setup needed?',
      description: 'needed: true while no active administrator exists; the page /configurazione then asks for the one-time code the server printed.',
      response: setupState,
      handler: async ({ db }) => ({ needed: await setupNeeded(db) }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/setup',
      tag,
      summary: 'Crea il primo amministratore / Create the first administrator',
      description:
        'With the one-time code the server printed on its console: creates the administrator, signs them in (session cookie, CSRF token) and closes the setup for good. 403 for a wrong code; 429 when too many wrong codes replaced it (a new one is printed); 410 once an administrator exists; 400 naming the field for an e-mail or password the rules refuse.',
      body: setupBody,
      problems: [403, 410, 429],
      response: sessionInfo,
      status: 201,
      handler: async ({ db, body, client, reply }) => {
        const { cookieToken, ...info } = await createFirstAdmin(db, setup, opts.sessions, body, client);
        reply.setSessionCookie(cookieToken);
        return info;
      },
    }),
  ];
}
