import { DEFAULT_AUTH } from '../auth/options';
import { loadConfig } from '../config/config';
import { createAccount } from '../test/accounts';
import { createTestApp, type TestApp } from '../test/test-app';

/** Two failures from one address block it: the address is what the lockout counts. */
const AUTH = { ...DEFAULT_AUTH, login: { maxFailures: 100, maxFailuresPerIp: 2, lockoutMinutes: 15 } };
const fail = (t: TestApp, forwardedFor: string, n: number) =>
  t.api.post('/api/auth/login').set('X-Forwarded-For', forwardedFor).send({ email: `x${n}@example.org`, password: 'nope-nope-nope' });

describe('TRUST_PROXY and the client address of the login lockout', () => {
  it('without it, X-Forwarded-For changes nothing: a client cannot pick its address to dodge the lockout', async () => {
    const t = await createTestApp({ auth: AUTH });
    try {
      expect(loadConfig({}).trustProxy).toBeUndefined();
      await fail(t, '203.0.113.1', 1).expect(401);
      await fail(t, '203.0.113.2', 2).expect(401);
      const acc = await createAccount(t.db, 'analyst');
      // A third "address" is still the same socket address: blocked.
      await t.api.post('/api/auth/login').set('X-Forwarded-For', '203.0.113.3').send({ email: acc.email, password: acc.password }).expect(429);
      const ips = await t.db('login_failures').distinct('ip').pluck('ip');
      expect(ips).toHaveLength(1);
      expect(ips[0]).not.toMatch(/^203\.0\.113\./);
    } finally {
      await t.destroy();
    }
  });

  it('with TRUST_PROXY=1, the address the proxy forwards is the one counted', async () => {
    const trustProxy = loadConfig({ TRUST_PROXY: '1' }).trustProxy;
    expect(trustProxy).toBe(1);
    const t = await createTestApp({ auth: AUTH, trustProxy });
    try {
      await fail(t, '203.0.113.1', 1).expect(401);
      await fail(t, '203.0.113.1', 2).expect(401);
      const acc = await createAccount(t.db, 'analyst');
      await t.api.post('/api/auth/login').set('X-Forwarded-For', '203.0.113.1').send({ email: acc.email, password: acc.password }).expect(429);
      // Another client behind the same proxy is not blocked.
      await t.api.post('/api/auth/login').set('X-Forwarded-For', '203.0.113.2').send({ email: acc.email, password: acc.password }).expect(200);
      expect(await t.db('login_failures').distinct('ip').pluck('ip')).toEqual(['203.0.113.1']);
    } finally {
      await t.destroy();
    }
  });
});
