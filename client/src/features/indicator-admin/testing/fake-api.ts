// A copy of the imports feature's test helper (features do not import each other).
import { vi } from 'vitest';

type Answer = { status?: number; body?: unknown; headers?: Record<string, string> };
/** One answer, a sequence (the last one repeats) or a function of the request. */
type Route = Answer | Answer[] | ((call: FakeCall) => Answer);
export type FakeCall = { method: string; url: string; headers: Record<string, string>; body: unknown };

export const SESSION = {
  user: { id: 1, email: 'a@example.org', name: 'Anna Analista', role: 'analyst', officeId: null },
  csrfToken: 'csrf-123',
};

/** fetch by "METHOD /path?query"; unknown requests get a problem+json 404. Returns the calls made. */
export function fakeApi(routes: Record<string, Route>): FakeCall[] {
  const calls: FakeCall[] = [];
  const served = new Map<string, number>();
  const all: Record<string, Route> = { 'GET /api/auth/session': { body: SESSION }, ...routes };
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = (init.method ?? 'GET').toUpperCase();
    const headers = Object.fromEntries(new Headers(init.headers).entries());
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : (init.body ?? null);
    const call = { method, url, headers, body };
    calls.push(call);
    const key = `${method} ${url}`;
    const route = all[key];
    let answer: Answer;
    if (!route) answer = { status: 404, body: { title: 'Not found', status: 404, detail: `No endpoint at ${key}.` } };
    else if (typeof route === 'function') answer = route(call);
    else if (Array.isArray(route)) {
      const n = served.get(key) ?? 0;
      served.set(key, n + 1);
      answer = route[Math.min(n, route.length - 1)]!;
    } else answer = route;
    const status = answer.status ?? 200;
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
      status,
      headers: { 'Content-Type': status < 400 ? 'application/json' : 'application/problem+json', ...answer.headers },
    });
  });
  return calls;
}
