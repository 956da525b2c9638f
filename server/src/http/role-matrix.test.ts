import type { Role } from '../auth/roles';
import { type AnyRouteDef, rolesOf } from './route-def';
import { loginAs, type LoggedIn } from '../test/accounts';
import { createTestApp, type TestApp } from '../test/test-app';

/** Writes anyone may call; every other write must declare the roles it needs. */
const PUBLIC_WRITES = ['post /api/auth/login', 'post /api/setup'];
const TOKEN = 'role-matrix-admin-token-0123456789';
/** About the session itself: the automation token has none (401). */
const SESSION_ONLY = ['/api/auth/me'];
/** Ends the session it is called with: walked last. */
const ENDS_SESSION = '/api/auth/logout';

const problemType = (text: string): string | undefined => {
  try {
    return (JSON.parse(text) as { type?: string }).type;
  } catch {
    return undefined;
  }
};

/**
 * Every route the app mounts that writes or needs a login, called by each kind of caller: the
 * list comes from the app itself, so a new endpoint is covered the day it is added.
 */
describe('role matrix: every write and guarded route × every role', () => {
  let t: TestApp;
  const sessions = {} as Record<Role, LoggedIn>;
  let routes: AnyRouteDef[];
  beforeAll(async () => {
    t = await createTestApp({ adminToken: TOKEN });
    for (const role of ['manager', 'analyst', 'admin'] as const) sessions[role] = await loginAs(t, role);
    routes = t.app.locals.routes
      .filter((r) => r.method !== 'get' || r.auth)
      .sort((a, b) => Number(a.path === ENDS_SESSION) - Number(b.path === ENDS_SESSION));
  });
  afterAll(() => t.destroy());

  const call = (def: AnyRouteDef, headers: Record<string, string>) => {
    const path = def.path.replace(/:([A-Za-z]+)/g, '1');
    const req = t.api[def.method](path).set(headers);
    return def.method === 'get' ? req : req.send({});
  };

  it('covers the writes the app mounts', () => {
    const writes = routes.filter((r) => r.method !== 'get').map((r) => `${r.method} ${r.path}`);
    expect(writes).toEqual(expect.arrayContaining(['post /api/imports', 'post /api/imports/:id/commit', 'post /api/auth/logout']));
  });

  it('has no write without a role, except the public ones', () => {
    const open = routes.filter((r) => r.method !== 'get' && !r.auth).map((r) => `${r.method} ${r.path}`);
    expect(open).toEqual(PUBLIC_WRITES);
  });

  it('answers 401 to the anonymous and to a wrong token, 403 to the wrong role, and lets the right roles through', async () => {
    const failures: string[] = [];
    const expectThat = (ok: boolean, what: string) => {
      if (!ok) failures.push(what);
    };
    for (const def of routes.filter((r) => r.auth)) {
      const name = `${def.method.toUpperCase()} ${def.path}`;
      const allowed = rolesOf(def.auth!);
      const anon = await call(def, {});
      expectThat(anon.status === 401, `${name} anonymous → ${anon.status}`);
      const badToken = await call(def, { Authorization: 'Bearer not-the-token-at-all' });
      expectThat(badToken.status === 401, `${name} wrong bearer → ${badToken.status}`);
      const token = await call(def, { Authorization: `Bearer ${TOKEN}` });
      if (!SESSION_ONLY.includes(def.path)) expectThat(![401, 403].includes(token.status), `${name} admin token → ${token.status}`);
      for (const role of ['manager', 'analyst', 'admin'] as const) {
        const s = sessions[role];
        const may = role === 'admin' || allowed.includes(role);
        if (def.method !== 'get') {
          const noCsrf = await call(def, { Cookie: s.headers.Cookie });
          expectThat(noCsrf.status === 403 && problemType(noCsrf.text) === '/api/docs#problem-csrf', `${name} ${role} without CSRF → ${noCsrf.status}`);
        }
        const res = await call(def, s.headers);
        if (may) {
          // Allowed through the guard: whatever the handler answers (400, 404, 409, 415…), not the guard's 401/403.
          const guard = res.status === 401 || (res.status === 403 && ['/api/docs#problem-forbidden', '/api/docs#problem-csrf'].includes(problemType(res.text) ?? ''));
          expectThat(!guard, `${name} ${role} (allowed) → ${res.status} ${res.text.slice(0, 120)}`);
        } else {
          expectThat(res.status === 403 && problemType(res.text) === '/api/docs#problem-forbidden', `${name} ${role} (not allowed) → ${res.status}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
