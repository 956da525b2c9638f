import type { AuditLogRow } from '../db/rows';
import { createAccount } from '../test/accounts';
import { problem } from '../test/problem';
import { createTestApp, type TestApp } from '../test/test-app';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('request id: one id per request, in the answer, its problems and the audit log', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.destroy());

  it('gives every answer an X-Request-Id, a new one per request', async () => {
    const a = await t.api.get('/api/plans').expect(200);
    const b = await t.api.get('/healthz').expect(200);
    expect(a.headers['x-request-id']).toMatch(UUID);
    expect(b.headers['x-request-id']).toMatch(UUID);
    expect(a.headers['x-request-id']).not.toBe(b.headers['x-request-id']);
  });

  it('keeps a short safe incoming id and replaces a malformed one', async () => {
    const kept = await t.api.get('/api/plans').set('X-Request-Id', 'proxy-7f3a.42:1').expect(200);
    expect(kept.headers['x-request-id']).toBe('proxy-7f3a.42:1');
    for (const bad of ['a'.repeat(65), 'has space', '<script>', 'id;drop', '-leading-dash', 'semi;colon']) {
      const res = await t.api.get('/api/plans').set('X-Request-Id', bad).expect(200);
      expect(res.headers['x-request-id']).toMatch(UUID);
    }
  });

  it('puts the id in problem+json bodies (requestId)', async () => {
    const notFound = await t.api.get('/api/no-such-thing').set('X-Request-Id', 'req-404');
    expect(problem(notFound, 404).requestId).toBe('req-404');
    const unauthorized = await t.api.get('/api/audit').set('X-Request-Id', 'req-401');
    expect(problem(unauthorized, 401).requestId).toBe('req-401');
    expect(unauthorized.headers['x-request-id']).toBe('req-401');
    const invalid = await t.api.get('/api/plans/%ff/tree');
    expect(problem(invalid, 400).requestId).toBe(invalid.headers['x-request-id']);
  });

  it('records the id of the request that wrote an audit entry', async () => {
    const account = await createAccount(t.db, 'analyst');
    await t.api.post('/api/auth/login').set('X-Request-Id', 'login-req-1').send({ email: account.email, password: account.password }).expect(200);
    const row = await t.db<AuditLogRow>('audit_log').where({ action: 'login', user_id: account.id }).first();
    expect(row?.request_id).toBe('login-req-1');
    // Written outside a request (the CLI's account creation): no id.
    const created = await t.db<AuditLogRow>('audit_log').where({ action: 'create', resource_type: 'user', resource_id: String(account.id) }).first();
    expect(created?.request_id).toBeNull();
  });
});
