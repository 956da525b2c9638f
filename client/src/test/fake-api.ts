// Test helper (never imported by the app): a fake fetch that answers by method and URL.
import { vi } from 'vitest';
import type { SessionInfo } from '@psm/server/contract';

export type FakeCall = { method: string; url: string; headers: Headers; body: unknown };
export type Answer = { status?: number; body?: unknown; headers?: Record<string, string> };
/** One answer, a sequence (the last one repeats), or a function of the call and of how many times the route answered before. */
export type Route = Answer | Answer[] | ((call: FakeCall, nth: number) => Answer);

/** A signed-in user of that role (a manager belongs to office 1). */
export const sessionOf = (role: SessionInfo['user']['role'], extra: Partial<SessionInfo['user']> = {}): SessionInfo => ({
  user: { id: 7, email: `${role}@example.org`, name: `Prova ${role}`, role, officeId: role === 'manager' ? 1 : null, office: null, ...extra },
  csrfToken: 'csrf-token-123',
});

/** "GET /x" and "/x" name the same route. */
const routeKey = (key: string) => (key.startsWith('/') ? `GET ${key}` : key);

/**
 * Replaces fetch (undone after each test: unstubGlobals in vite.config.ts). `routes` by "METHOD /path?query"
 * (GET may omit the method); unknown requests get a problem+json 404. `session`, when given, answers
 * GET /api/auth/session (null: a visitor) unless `routes` does. Returns the calls made, in order.
 */
export function fakeApi(routes: Record<string, Route>, { session }: { session?: SessionInfo | null } = {}): FakeCall[] {
  const calls: FakeCall[] = [];
  const served = new Map<string, number>();
  const all = new Map<string, Route>();
  if (session !== undefined) all.set('GET /api/auth/session', { body: session ?? { user: null, csrfToken: null } });
  for (const [key, route] of Object.entries(routes)) all.set(routeKey(key), route);
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = (init.method ?? 'GET').toUpperCase();
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : (init.body ?? null);
    const call: FakeCall = { method, url, headers: new Headers(init.headers), body };
    calls.push(call);
    const key = `${method} ${url}`;
    const route = all.get(key);
    const nth = served.get(key) ?? 0;
    served.set(key, nth + 1);
    const answer: Answer = !route
      ? { status: 404, body: { title: 'Not found', status: 404, detail: `No endpoint at ${key}.` } }
      : typeof route === 'function'
        ? route(call, nth)
        : Array.isArray(route)
          ? route[Math.min(nth, route.length - 1)]!
          : route;
    const status = answer.status ?? 200;
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
      status,
      headers: { 'Content-Type': status < 400 ? 'application/json' : 'application/problem+json', ...answer.headers },
    });
  });
  return calls;
}
