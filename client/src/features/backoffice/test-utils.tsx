// Test helpers for the back-office features (never imported by the app).
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { vi } from 'vitest';
import { queryKeys } from '../../lib/query-keys';
import type { SessionInfo } from '../../lib/session';

export type Call = { url: string; method: string; headers: Headers; body: unknown };
export type Reply = { status?: number; body?: unknown; headers?: Record<string, string> };
type Handler = Reply | ((call: Call, nth: number) => Reply);

/**
 * Replaces fetch: `routes` by "METHOD /path?query" (GET may omit the method); a handler may be a
 * function of the call and of how many times the route was called before. Unknown → 404 problem.
 */
export function mockApi(routes: Record<string, Handler>): Call[] {
  const calls: Call[] = [];
  const counts = new Map<string, number>();
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = (init.method ?? 'GET').toUpperCase();
    const headers = new Headers(init.headers);
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : init.body;
    const call = { url, method, headers, body };
    calls.push(call);
    const key = routes[`${method} ${url}`] ? `${method} ${url}` : method === 'GET' && routes[url] ? url : null;
    const nth = key ? (counts.get(key) ?? 0) : 0;
    if (key) counts.set(key, nth + 1);
    const handler = key ? routes[key] : undefined;
    const reply: Reply = typeof handler === 'function' ? handler(call, nth) : (handler ?? { status: 404, body: { title: 'Not found', status: 404, detail: `No endpoint at ${method} ${url}.` } });
    const status = reply.status ?? 200;
    return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
      status,
      headers: { 'Content-Type': status < 400 ? 'application/json' : 'application/problem+json', ...reply.headers },
    });
  });
  return calls;
}

export const sessionOf = (role: SessionInfo['user']['role'], extra: Partial<SessionInfo['user']> = {}): SessionInfo => ({
  user: { id: 7, email: `${role}@example.org`, name: `Prova ${role}`, role, officeId: role === 'manager' ? 1 : null, office: null, ...extra },
  csrfToken: 'csrf-token-123',
});

/** Shows where the router is, so tests can assert redirects. */
export function LocationProbe() {
  const l = useLocation();
  return <p data-testid="location">{`${l.pathname}${l.search}`}</p>;
}

/**
 * Renders `routes` at `route` with a fresh QueryClient (no retries). `session` seeds the session
 * query: a SessionInfo, null for a visitor, undefined to let the test's fetch answer /api/auth/me.
 */
export function renderRoutes(routes: { path: string; element: ReactElement }[], { route, session }: { route: string; session?: SessionInfo | null }) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
  if (session !== undefined) queryClient.setQueryData(queryKeys.session, session);
  const utils = render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[route]}>
        <Routes>
          {routes.map((r) => (
            <Route key={r.path} path={r.path} element={r.element} />
          ))}
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return { ...utils, queryClient };
}
