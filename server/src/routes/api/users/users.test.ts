import request from 'supertest';
import { loginAs, type LoggedIn } from '../../../test/accounts';
import { problem } from '../../../test/problem';
import { createTestApp, type TestApp } from '../../../test/test-app';

describe('users API (admins)', () => {
  let t: TestApp;
  let admin: LoggedIn;
  beforeAll(async () => {
    t = await createTestApp();
    await t.db('offices').insert({ code: 'UFF-SVI', name: 'Sviluppo economico' });
    admin = await loginAs(t, 'admin');
  });
  afterAll(() => t.destroy());

  const login = (email: string, password: string) => request.agent(t.app).post('/api/auth/login').send({ email, password });

  it('creates a user who can log in, lists, disables (ending the session) and re-enables them; no hash in the audit log', async () => {
    const weak = await admin.agent.post('/api/users').set(admin.csrf).send({ email: 'uff@example.org', role: 'manager', password: 'short' });
    expect(problem(weak, 400).errors).toEqual([{ name: 'password', message: 'The password must be at least 12 characters long.' }]);
    const badOffice = await admin.agent.post('/api/users').set(admin.csrf).send({ email: 'uff@example.org', role: 'manager', office: 'NOPE', password: 'a-long-password-1' });
    expect(problem(badOffice, 400).errors![0]!.name).toBe('office');

    const created = await admin.agent.post('/api/users').set(admin.csrf).send({ email: 'Uff@Example.org', name: 'Ufficio', role: 'manager', office: 'UFF-SVI', password: 'a-long-password-1' }).expect(201);
    expect(created.body).toMatchObject({ email: 'uff@example.org', role: 'manager', office: 'UFF-SVI', active: true });
    expect(created.headers.location).toBe(`/api/users/${created.body.id}`);
    await admin.agent.post('/api/users').set(admin.csrf).send({ email: 'uff@example.org', role: 'manager', password: 'a-long-password-1' }).expect(409);

    const user = request.agent(t.app);
    await user.post('/api/auth/login').send({ email: 'uff@example.org', password: 'a-long-password-1' }).expect(200);
    await user.get('/api/auth/me').expect(200);
    expect((await admin.agent.get('/api/users').expect(200)).body.items.map((u: { email: string }) => u.email)).toContain('uff@example.org');

    const disabled = await admin.agent.patch(`/api/users/${created.body.id}`).set(admin.csrf).send({ active: false }).expect(200);
    expect(disabled.body.active).toBe(false);
    await user.get('/api/auth/me').expect(401);
    await login('uff@example.org', 'a-long-password-1').expect(401);
    await admin.agent.patch(`/api/users/${created.body.id}`).set(admin.csrf).send({ active: true, role: 'analyst' }).expect(400);
    await admin.agent.patch(`/api/users/${created.body.id}`).set(admin.csrf).send({ active: true, name: 'Ufficio sviluppo' }).expect(200);
    await login('uff@example.org', 'a-long-password-1').expect(200);
    await admin.agent.patch('/api/users/999999').set(admin.csrf).send({ active: true }).expect(404);
    await admin.agent.patch(`/api/users/${admin.account.id}`).set(admin.csrf).send({ active: false }).expect(409);

    const audit = await admin.agent.get(`/api/audit?resourceType=user&resourceId=${created.body.id}`).expect(200);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['update', 'update', 'create']);
    expect(audit.body.items[1]).toMatchObject({ actor: admin.account.email, before: { active: true }, after: { active: false } });
    expect(JSON.stringify(audit.body)).not.toMatch(/argon2|password/i);
  });

  it('sets a new password for a user who forgot theirs: old one refused, sessions ended, the hash never in the audit log', async () => {
    const created = await admin.agent.post('/api/users').set(admin.csrf).send({ email: 'forgot@example.org', role: 'analyst', password: 'first-password-123' }).expect(201);
    const user = request.agent(t.app);
    await user.post('/api/auth/login').send({ email: 'forgot@example.org', password: 'first-password-123' }).expect(200);
    const weak = await admin.agent.patch(`/api/users/${created.body.id}`).set(admin.csrf).send({ password: 'short' });
    expect(problem(weak, 400).errors).toEqual([{ name: 'password', message: 'The password must be at least 12 characters long.' }]);
    await admin.agent.patch(`/api/users/${created.body.id}`).set(admin.csrf).send({ password: 'second-password-456' }).expect(200);
    await user.get('/api/auth/me').expect(401);
    await login('forgot@example.org', 'first-password-123').expect(401);
    await login('forgot@example.org', 'second-password-456').expect(200);
    const audit = await admin.agent.get(`/api/audit?resourceType=user&resourceId=${created.body.id}`).expect(200);
    expect(audit.body.items[0]).toMatchObject({ action: 'update', after: { passwordChanged: true } });
    expect(JSON.stringify(audit.body)).not.toMatch(/argon2|second-password/);
  });

  it('unlocks an account locked by failed logins', async () => {
    const created = await admin.agent.post('/api/users').set(admin.csrf).send({ email: 'locked@example.org', role: 'analyst', password: 'a-long-password-2' }).expect(201);
    for (let i = 0; i < 5; i++) await login('locked@example.org', 'wrong-password-xx').expect(401);
    await login('locked@example.org', 'a-long-password-2').expect(429);
    const res = await admin.agent.post(`/api/users/${created.body.id}/unlock`).set(admin.csrf).expect(200);
    expect(res.body).toEqual({ email: 'locked@example.org', clearedFailures: 5 });
    await login('locked@example.org', 'a-long-password-2').expect(200);
  });

  it('creates one account when the same e-mail is sent many times at once; the others get 409', async () => {
    const rs = await Promise.all(
      Array.from({ length: 8 }, () => admin.agent.post('/api/users').set(admin.csrf).send({ email: 'race@example.org', role: 'analyst', password: 'a-long-password-1' })),
    );
    expect(rs.filter((r) => r.status === 201)).toHaveLength(1);
    for (const r of rs.filter((x) => x.status !== 201)) expect(problem(r, 409).detail).toBe('An account with e-mail race@example.org already exists.');
    expect(await t.db('users').where({ email: 'race@example.org' }).count({ n: '*' }).first()).toEqual({ n: 1 });
  });

  it('is for admins only', async () => {
    const manager = await loginAs(t, 'manager');
    await manager.agent.get('/api/users').expect(403);
    await manager.agent.post('/api/users').set(manager.csrf).send({}).expect(403);
  });
});
