import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import type { SessionInfo } from '@psm/server/contract';
import { readCsrfTokenFrom } from '../lib/csrf';
import { queryKeys } from '../lib/query-keys';

/** A fresh QueryClient per test, without retries, so errors show at once and nothing leaks between tests. */
export function createTestQueryClient(): QueryClient {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
  // As in the app: writes take the CSRF token from this client's session query.
  readCsrfTokenFrom(queryClient);
  return queryClient;
}

type RenderOptions = {
  route?: string;
  /** Seeds the session query: a SessionInfo, null for a visitor; left out, the fake fetch answers /api/auth/session. */
  session?: SessionInfo | null;
};

/**
 * Renders `routes` inside the providers the app uses, at `route`. Returns Testing Library's
 * utilities and the QueryClient.
 */
export function renderRoutes(routes: { path: string; element: ReactElement }[], { route = '/', session }: RenderOptions = {}) {
  const queryClient = createTestQueryClient();
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

/** Renders `ui` at `route` (matched against `path`), inside the providers the app uses. */
export function renderWithProviders(ui: ReactElement, { route = '/', path = '*', session }: RenderOptions & { path?: string } = {}) {
  return renderRoutes([{ path, element: ui }], { route, session });
}

/** Shows where the router is (path and query), so tests can assert redirects. */
export function LocationProbe() {
  const l = useLocation();
  return <p data-testid="location">{`${l.pathname}${l.search}`}</p>;
}
