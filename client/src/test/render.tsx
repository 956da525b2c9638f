import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { vi } from 'vitest';

/** A fresh QueryClient per test, without retries, so errors show at once and nothing leaks between tests. */
export function createTestQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
}

/** Renders `ui` inside the providers the app uses, at `route` (matched against `path`). */
export function renderWithProviders(ui: ReactElement, { route = '/', path = '*' }: { route?: string; path?: string } = {}) {
  const queryClient = createTestQueryClient();
  return render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[route]}>
        <Routes>
          <Route path={path} element={ui} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

/** Replaces fetch with answers by URL path; unknown paths get a problem+json 404. */
export function mockFetch(routes: Record<string, { status?: number; body: unknown }>) {
  const calls: string[] = [];
  const fake = async (input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    calls.push(url);
    const hit = routes[url];
    const status = hit?.status ?? (hit ? 200 : 404);
    const body = hit?.body ?? { title: 'Not found', status: 404, detail: `No endpoint at GET ${url}.` };
    return new Response(JSON.stringify(body), {
      status,
      headers: { 'Content-Type': status < 400 ? 'application/json' : 'application/problem+json' },
    });
  };
  // Undone after each test (unstubGlobals in vite.config.ts).
  vi.stubGlobal('fetch', fake);
  return calls;
}
