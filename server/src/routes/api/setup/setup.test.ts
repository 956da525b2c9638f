import request from 'supertest';
import { MAX_SETUP_FAILURES } from '../../../auth/setup-code';
import { createAccount } from '../../../test/accounts';
import { problem } from '../../../test/problem';
import { createTestApp, type TestApp } from '../../../test/test-app';

const ADMIN = { name: 'Prima Amministratrice', email: 'Capo@Example.org', password: 'correct horse battery' };

describe('the first administrator, with the one-time code printed on the console', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.destroy();
  });
  const admins = async () => Number((await t.db('users').where({ role: 'admin' }).count({ n: '*' }))[0]!.n);

  it('is needed while no administrator exists; a wrong code is 403 naming the field, too many replace it (429)', async () => {
    // Other accounts do not close the setup: only an active administrator does.
    await createAccount(t.db, 'analyst');
    expect((await t.api.get('/api/setup').expect(200)).body).toEqual({ needed: true });
    const code = t.app.locals.setup.issue();
    const wrong = problem(await t.api.post('/api/setup').send({ ...ADMIN, code: 'AAAA-BBBB-CCCC' }), 403);
    expect(wrong.errors).toEqual([expect.objectContaining({ name: 'code' })]);
    for (let i = 2; i < MAX_SETUP_FAILURES; i++) await t.api.post('/api/setup').send({ ...ADMIN, code: 'AAAA-BBBB-CCCC' }).expect(403);
    problem(await t.api.post('/api/setup').send({ ...ADMIN, code: 'AAAA-BBBB-CCCC' }), 429);
    // The old code no longer works: a new one was printed.
    problem(await t.api.post('/api/setup').send({ ...ADMIN, code }), 403);
    expect(await admins()).toBe(0);
  });

  it('refuses a weak password naming the field, keeping the code; then creates the admin, signs them in and closes for good', async () => {
    const code = t.app.locals.setup.issue();
    const weak = problem(await t.api.post('/api/setup').send({ ...ADMIN, code, password: 'short' }), 400);
    expect(weak.errors!.map((e) => e.name)).toEqual(['password']);
    expect(problem(await t.api.post('/api/setup').send({ ...ADMIN, code, extra: 1 }), 400).errors!.map((e) => e.name)).toEqual(['extra']);

    // Case and dashes do not matter, as someone copying from a console types it.
    const res = await t.api.post('/api/setup').send({ ...ADMIN, code: code.toLowerCase().replace(/-/g, ' ') }).expect(201);
    expect(res.body).toMatchObject({ user: { email: 'capo@example.org', role: 'admin', name: 'Prima Amministratrice' }, csrfToken: expect.any(String) });
    const cookie = /^psm_session=[^;]+/.exec(res.headers['set-cookie']![0]!)![0];
    expect((await request(t.app).get('/api/auth/me').set('Cookie', cookie).expect(200)).body.user).toMatchObject({ email: 'capo@example.org', role: 'admin' });
    const audit = await t.db('audit_log').where({ actor: 'setup', resource_type: 'user' }).first();
    expect(audit).toMatchObject({ action: 'create' });

    expect((await t.api.get('/api/setup').expect(200)).body).toEqual({ needed: false });
    // Closed for good: the same code, or a new one, finds it closed.
    problem(await t.api.post('/api/setup').send({ ...ADMIN, email: 'altro@example.org', code }), 410);
    problem(await t.api.post('/api/setup').send({ ...ADMIN, email: 'altro@example.org', code: t.app.locals.setup.issue() }), 410);
    expect(await admins()).toBe(1);
  });
});
