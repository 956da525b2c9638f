import type { BrowserContext, Page } from 'playwright-core';
import type { E2eUser } from './app-server';

/**
 * The accounts of the journey tests, one per role; pass them to startAppServer({ users }).
 * Test-only passwords (at least 12 characters, as the server requires), on a throwaway database.
 */
export const E2E_USERS = {
  admin: { email: 'admin.e2e@example.org', password: 'e2e-admin-password-1', role: 'admin', name: 'Amministratrice E2E' },
  analyst: { email: 'analista.e2e@example.org', password: 'e2e-analyst-password-1', role: 'analyst', name: 'Analista E2E' },
  manager: { email: 'referente.e2e@example.org', password: 'e2e-manager-password-1', role: 'manager', name: 'Referente E2E' },
} as const satisfies Record<string, E2eUser>;

/**
 * Logs in through the login form at /accedi as a person does: the fields labelled "…e-mail…" and
 * "Password…" (a required mark may follow), the button "Accedi" (Italian, the default language).
 * Waits for the login request to succeed and for the page to leave /accedi (the form sends the user
 * on to `next`, the back-office by default).
 */
export async function loginThroughUi(page: Page, baseUrl: string, user: Pick<E2eUser, 'email' | 'password'>, next?: string): Promise<void> {
  const url = new URL('/accedi', baseUrl);
  if (next) url.searchParams.set('next', next);
  await page.goto(url.toString());
  await page.getByLabel(/e-mail/i).fill(user.email);
  await page.getByLabel(/^password/i).fill(user.password);
  const answered = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/auth/login' && r.request().method() === 'POST');
  await page.getByRole('button', { name: 'Accedi', exact: true }).click();
  const response = await answered;
  if (response.status() !== 200) throw new Error(`login of ${user.email} answered ${response.status()}: ${await response.text()}`);
  await page.waitForURL((u) => u.pathname !== '/accedi');
}

/**
 * Logs in without the form (POST /api/auth/login from the context, which keeps the session cookie
 * for its pages and its `request`): for tests whose subject is not the login itself. Returns the
 * CSRF token to send as X-CSRF-Token with writes made through `context.request`.
 */
export async function loginThroughApi(context: BrowserContext, baseUrl: string, user: Pick<E2eUser, 'email' | 'password'>): Promise<{ csrfToken: string }> {
  const response = await context.request.post(new URL('/api/auth/login', baseUrl).toString(), {
    data: { email: user.email, password: user.password },
  });
  if (!response.ok()) throw new Error(`login of ${user.email} answered ${response.status()}: ${await response.text()}`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { csrfToken };
}
