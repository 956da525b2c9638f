import crypto from 'node:crypto';
import type { Knex } from 'knex';
import request from 'supertest';
import type { Role } from '../auth/roles';
import { createUser } from '../auth/users';
import type { TestApp } from './test-app';

export type TestAccount = { id: number; email: string; password: string; role: Role };

/** A new account of the test's own (unique e-mail), created as the CLI does. */
export async function createAccount(db: Knex, role: Role, opts: { officeCode?: string; name?: string } = {}): Promise<TestAccount> {
  const email = `${role}-${crypto.randomBytes(4).toString('hex')}@example.org`;
  const password = `pw-${crypto.randomBytes(9).toString('base64url')}`;
  const { id } = await createUser(db, { email, role, password, ...opts }, 'test');
  return { id, email, password, role };
}

export type LoggedIn = {
  account: TestAccount;
  /** Keeps the session cookie across requests. */
  agent: ReturnType<typeof request.agent>;
  /** The header every write made with the cookie must carry. */
  csrf: { 'X-CSRF-Token': string };
  /** Cookie and CSRF header, to send the session from a plain (non-agent) request. */
  headers: { Cookie: string; 'X-CSRF-Token': string };
};

/** Creates an account with `role`, logs it in and returns an agent holding the cookie, with the CSRF header. */
export async function loginAs(t: TestApp, role: Role, opts: { officeCode?: string } = {}): Promise<LoggedIn> {
  const account = await createAccount(t.db, role, opts);
  const agent = request.agent(t.app);
  const res = await agent.post('/api/auth/login').send({ email: account.email, password: account.password }).expect(200);
  const cookie = /^psm_session=[^;]+/.exec(res.headers['set-cookie']![0]!)![0];
  return { account, agent, csrf: { 'X-CSRF-Token': res.body.csrfToken }, headers: { Cookie: cookie, 'X-CSRF-Token': res.body.csrfToken } };
}
