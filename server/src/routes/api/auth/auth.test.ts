import request from 'supertest';
import { DEFAULT_AUTH } from '../../../auth/options';
import { createAccount, loginAs } from '../../../test/accounts';
import { problem } from '../../../test/problem';
import { createTestApp, type TestApp } from '../../../test/test-app';

const LIMITS = { ...DEFAULT_AUTH, login: { maxFailures: 3, maxFailuresPerIp: 50, lockoutMinutes: 15 } };

describe('accounts: login, session, logout', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ auth: LIMITS });
  });
  afterAll(() => t.destroy());

  it('logs in with the right password: httpOnly SameSite cookie, user and CSRF token; /me answers with them', async () => {
    const acc = await createAccount(t.db, 'analyst');
    const agent = request.agent(t.app);
    const res = await agent.post('/api/auth/login').send({ email: acc.email.toUpperCase(), password: acc.password }).expect(200);
    expect(res.body).toEqual({
      user: { id: acc.id, email: acc.email, name: null, role: 'analyst', officeId: null, office: null },
      csrfToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
    });
    const cookie = res.headers['set-cookie']![0]!;
    expect(cookie).toMatch(/^psm_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax$/);
    expect(res.headers['cache-control']).toBe('no-store');
    const me = await agent.get('/api/auth/me').expect(200);
    expect(me.body).toEqual(res.body);
    // The table keeps a hash of the cookie's token, never the token.
    const token = /psm_session=([^;]+)/.exec(cookie)![1]!;
    const row = await t.db('sessions').where({ user_id: acc.id }).first();
    expect(row.id).not.toBe(token);
    expect(row.id).toMatch(/^[0-9a-f]{64}$/);
    expect((await t.db('users').where({ id: acc.id }).first('last_login_at')).last_login_at).not.toBeNull();
    expect(await t.db('audit_log').where({ user_id: acc.id, action: 'login' }).count({ n: '*' }).first()).toEqual({ n: 1 });
  });

  it('/api/auth/session answers a visitor 200 with nulls and a signed-in user with the session, never cached', async () => {
    const visitor = await t.api.get('/api/auth/session').expect(200);
    expect(visitor.body).toEqual({ user: null, csrfToken: null });
    expect(visitor.headers['cache-control']).toBe('no-store');
    const acc = await createAccount(t.db, 'manager');
    const agent = request.agent(t.app);
    const login = await agent.post('/api/auth/login').send({ email: acc.email, password: acc.password }).expect(200);
    const mine = await agent.get('/api/auth/session').expect(200);
    expect(mine.body).toEqual(login.body);
    await agent.post('/api/auth/logout').set('X-CSRF-Token', login.body.csrfToken).expect(200);
    expect((await agent.get('/api/auth/session').expect(200)).body).toEqual({ user: null, csrfToken: null });
  });

  it('marks the cookie Secure over HTTPS behind a trusted proxy', async () => {
    const u = await createTestApp({ auth: { ...LIMITS, sessions: { ...LIMITS.sessions, cookieSecure: 'auto' } } });
    try {
      u.app.set('trust proxy', true);
      const acc = await createAccount(u.db, 'manager');
      const res = await u.api.post('/api/auth/login').set('X-Forwarded-Proto', 'https').send({ email: acc.email, password: acc.password }).expect(200);
      expect(res.headers['set-cookie']![0]).toMatch(/; Secure/);
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      const plain = await u.api.get('/api/plans').expect(200);
      expect(plain.headers['strict-transport-security']).toBeUndefined();
    } finally {
      await u.destroy();
    }
  });

  it('answers 401 with one generic message for a wrong password, an unknown e-mail and a disabled account', async () => {
    const acc = await createAccount(t.db, 'manager');
    const off = await createAccount(t.db, 'manager');
    await t.db('users').where({ id: off.id }).update({ active: false });
    const details = [];
    for (const body of [
      { email: acc.email, password: `${acc.password}x` },
      { email: `nobody-${acc.email}`, password: acc.password },
      { email: off.email, password: off.password },
    ]) {
      const res = await t.api.post('/api/auth/login').send(body);
      details.push(problem(res, 401).detail);
      expect(res.headers['set-cookie']).toBeUndefined();
    }
    expect(new Set(details)).toEqual(new Set(['Wrong e-mail or password.']));
    await t.api.get('/api/auth/me').expect(401);
  });

  it('rejects a malformed body with 400 naming the field', async () => {
    const res = await t.api.post('/api/auth/login').send({ email: 'a@b.it' });
    expect(problem(res, 400).errors).toEqual([expect.objectContaining({ name: 'password' })]);
    await t.api.post('/api/auth/login').set('Content-Type', 'application/json').send('{"email":').expect(400);
  });

  it('locks an e-mail after too many failures (429 with Retry-After, even with the right password), known or not', async () => {
    const acc = await createAccount(t.db, 'analyst');
    for (const email of [acc.email, `ghost-${acc.email}`]) {
      for (let i = 0; i < LIMITS.login.maxFailures; i++) {
        await t.api.post('/api/auth/login').send({ email, password: 'wrong-password-123' }).expect(401);
      }
      const locked = await t.api.post('/api/auth/login').send({ email, password: acc.password }).expect(429);
      const retry = Number(locked.headers['retry-after']);
      expect(retry).toBeGreaterThan(14 * 60);
      expect(retry).toBeLessThanOrEqual(15 * 60);
    }
    // Another account from the same address is not locked.
    const other = await createAccount(t.db, 'analyst');
    await t.api.post('/api/auth/login').send({ email: other.email, password: other.password }).expect(200);
    // Once the failures leave the window, the right password works again and clears them.
    await t.db('login_failures').where({ email: acc.email }).update({ occurred_at: t.db.raw(`now() - interval '16 minutes'`) });
    await t.api.post('/api/auth/login').send({ email: acc.email, password: acc.password }).expect(200);
    expect(await t.db('login_failures').where({ email: acc.email }).count({ n: '*' }).first()).toEqual({ n: 0 });
  });

  it('evaluates exactly the limit of wrong passwords sent at once, the rest 429, for known and unknown e-mails alike', async () => {
    const acc = await createAccount(t.db, 'analyst');
    const N = 60;
    const answers: string[][] = [];
    for (const email of [acc.email, `ghost-race-${acc.email}`]) {
      const rs = await Promise.all(Array.from({ length: N }, () => t.api.post('/api/auth/login').send({ email, password: 'wrong-password-123' })));
      const seen = rs.map((r) => `${r.status} ${problem(r, r.status).detail}`).sort();
      expect(seen).toEqual([
        ...Array<string>(LIMITS.login.maxFailures).fill('401 Wrong e-mail or password.'),
        ...Array<string>(N - LIMITS.login.maxFailures).fill('429 Too many failed logins: try again in 15 minute(s).'),
      ]);
      expect(await t.db('login_failures').where({ email }).count({ n: '*' }).first()).toEqual({ n: LIMITS.login.maxFailures });
      answers.push(seen);
    }
    expect(answers[0]).toEqual(answers[1]);
    // The right password sent at once with wrong ones: whatever the order, never more failures than the limit stand.
    const other = await createAccount(t.db, 'analyst');
    const mixed = await Promise.all(
      Array.from({ length: 20 }, (_, i) => t.api.post('/api/auth/login').send({ email: other.email, password: i === 10 ? other.password : 'wrong-password-123' })),
    );
    expect(mixed.every((r) => [200, 401, 429].includes(r.status))).toBe(true);
    const stored = (await t.db('login_failures').where({ email: other.email }).count({ n: '*' }).first()) as { n: number };
    expect(stored.n).toBeLessThanOrEqual(LIMITS.login.maxFailures);
  });

  it('limits failures per address too', async () => {
    const u = await createTestApp({ auth: { ...LIMITS, login: { maxFailures: 100, maxFailuresPerIp: 2, lockoutMinutes: 15 } } });
    try {
      const acc = await createAccount(u.db, 'analyst');
      await u.api.post('/api/auth/login').send({ email: 'x1@example.org', password: 'nope-nope-nope' }).expect(401);
      await u.api.post('/api/auth/login').send({ email: 'x2@example.org', password: 'nope-nope-nope' }).expect(401);
      const res = await u.api.post('/api/auth/login').send({ email: acc.email, password: acc.password }).expect(429);
      expect(res.headers['retry-after']).toBeDefined();
    } finally {
      await u.destroy();
    }
  });

  it('logs out: the session ends, the cookie is cleared; logout needs the CSRF header', async () => {
    const { agent, csrf, account } = await loginAs(t, 'manager');
    const noCsrf = await agent.post('/api/auth/logout');
    expect(problem(noCsrf, 403).type).toBe('/api/docs#problem-csrf');
    await agent.post('/api/auth/logout').set('X-CSRF-Token', 'forged').expect(403);
    const res = await agent.post('/api/auth/logout').set(csrf).expect(200);
    expect(res.body).toEqual({ loggedOut: true });
    expect(res.headers['set-cookie']![0]).toMatch(/^psm_session=; Path=\/; Expires=Thu, 01 Jan 1970/);
    expect(await t.db('sessions').where({ user_id: account.id }).count({ n: '*' }).first()).toEqual({ n: 0 });
    await agent.get('/api/auth/me').expect(401);
  });

  it('ends a session after the idle time, and at its maximum life however used', async () => {
    const a = await loginAs(t, 'analyst');
    await t.db('sessions').where({ user_id: a.account.id }).update({ expires_at: t.db.raw(`now() - interval '1 second'`) });
    await a.agent.get('/api/auth/me').expect(401);

    const b = await loginAs(t, 'analyst');
    const before = await t.db('sessions').where({ user_id: b.account.id }).first('expires_at');
    // Used: the idle expiry moves forward, but never past created_at + maxHours.
    await t.db('sessions')
      .where({ user_id: b.account.id })
      .update({ created_at: t.db.raw(`now() - interval '${LIMITS.sessions.maxHours} hours' + interval '1 minute'`), last_seen_at: t.db.raw(`now() - interval '2 minutes'`) });
    await b.agent.get('/api/auth/me').expect(200);
    const after = await t.db('sessions').where({ user_id: b.account.id }).first('expires_at');
    expect(new Date(after.expires_at).getTime()).toBeLessThan(new Date(before.expires_at).getTime());
    await t.db('sessions').where({ user_id: b.account.id }).update({ created_at: t.db.raw(`now() - interval '${LIMITS.sessions.maxHours} hours'`) });
    await b.agent.get('/api/auth/me').expect(200); // expires_at is still in the future…
    await t.db('sessions').where({ user_id: b.account.id }).update({ expires_at: t.db.raw(`least(expires_at, created_at + interval '${LIMITS.sessions.maxHours} hours')`) });
    await b.agent.get('/api/auth/me').expect(401); // …until it reaches the maximum life
  });

  it('ends the sessions of a disabled account at once', async () => {
    const a = await loginAs(t, 'manager');
    await t.db('users').where({ id: a.account.id }).update({ active: false });
    await a.agent.get('/api/auth/me').expect(401);
  });

  it('sends the security headers, with a Content-Security-Policy', async () => {
    const res = await t.api.get('/api/plans').expect(200);
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  });
});
