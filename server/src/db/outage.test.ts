import type { Knex } from 'knex';
import request, { type Response } from 'supertest';
import { type App, createApp } from '../app';
import { createUser } from '../auth/users';
import { seedDatabase } from '../seed/seed';
import { startPrivatePostgres, type PrivatePostgres } from '../test/private-postgres';
import { problem } from '../test/problem';
import { createDb, migrateLatest } from './knex';
import type { ImportBatchRow } from './rows';

const TOKEN = 'outage-test-admin-token-0123456789';
const bearer = { Authorization: `Bearer ${TOKEN}` };
const IND = '/api/indicators/BES_10AMB001P';
const target = (period: string) => ({ territory: 'ITC11', period, value: 20, sourceUrl: 'https://example.org/obiettivi/pm10' });
const account = { email: 'outage@example.org', password: 'a-long-password-for-outages' };

/** Public reads the visitors have just seen: the response cache holds them. */
const WARM = ['/api/plans', '/api/plans/psm-2021-2023/tree', IND, '/api/planning-tools'];

/** The 503 of a database that is away: problem+json, its own type, Retry-After, not cacheable. */
function unavailable(res: Response): void {
  expect(problem(res, 503)).toMatchObject({ type: '/api/docs#problem-database-unavailable', title: 'Database non raggiungibile / Database unavailable' });
  expect(res.headers['retry-after']).toBe('5');
  expect(res.headers['cache-control']).toBe('no-store');
}

/** Asks `path` every 100 ms until it answers 200; the milliseconds that took. */
async function msUntilOk(api: ReturnType<typeof request>, path: string, limitMs: number): Promise<number> {
  const started = Date.now();
  const seen = new Set<number>();
  while (Date.now() - started < limitMs) {
    const res = await api.get(path).set(bearer);
    if (res.status === 200) return Date.now() - started;
    seen.add(res.status);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${path} still not 200 after ${limitMs} ms (statuses seen: ${[...seen].join(', ')})`);
}

/**
 * PostgreSQL stops under a running API (a server of the test's own, stopped and started for real):
 * visitors keep the pages the process holds, everything else is a 503 the client may retry, nothing
 * half-written is left, and the API is back by itself within 5 s of the database.
 */
describe('the database goes away and comes back', () => {
  let pg: PrivatePostgres;
  let db: Knex;
  let app: App;
  let api: ReturnType<typeof request>;
  const logged: unknown[] = [];

  beforeAll(async () => {
    pg = await startPrivatePostgres();
    // knex's warnings about each lost or refused connection are expected here.
    const quiet = () => undefined;
    db = await createDb({ kind: 'postgres', url: pg.url, poolMax: 5, log: { warn: quiet, error: quiet, debug: quiet, deprecate: quiet } });
    await migrateLatest(db);
    await seedDatabase(db);
    await createUser(db, { ...account, role: 'analyst' }, 'test');
    // Every read checks the data version, so each one meets the outage.
    app = createApp({ db, cacheRevalidateMs: 0, adminToken: TOKEN, checkResponses: true, log: (_msg, err) => logged.push(err) });
    api = request(app);
  });
  afterAll(async () => {
    await db?.destroy();
    await pg?.destroy();
  });

  it('serves cached reads, answers 503 with Retry-After to the rest, writes nothing, and recovers within 5 s', async () => {
    const agent = request.agent(app);
    const csrf = (await agent.post('/api/auth/login').send(account).expect(200)).body.csrfToken as string;
    // After the login: a write of this process empties the cache.
    const cached = new Map<string, Response>();
    for (const path of WARM) cached.set(path, await api.get(path).expect(200));
    const targetsBefore = await db('targets').count({ n: '*' }).first();
    const auditBefore = await db('audit_log').count({ n: '*' }).first();

    await pg.stop();

    for (const [path, before] of cached) {
      const res = await api.get(path).expect(200);
      expect(res.headers.etag).toBe(before.headers.etag);
      expect(res.body).toEqual(before.body);
    }
    // Reads the cache does not hold, with and without an account.
    unavailable(await api.get('/api/indicators?page=2'));
    unavailable(await api.get('/api/plans/psm-2024-2026/tree'));
    unavailable(await api.get('/api/users').set(bearer));
    unavailable(await agent.get('/api/auth/me'));
    // Writes, a login and a logout.
    unavailable(await api.post(`${IND}/targets`).set(bearer).send(target('2030')));
    unavailable(await agent.patch(IND).set('X-CSRF-Token', csrf).send({ decimals: 2 }));
    unavailable(await request(app).post('/api/auth/login').send(account));
    unavailable(await agent.post('/api/auth/logout').set('X-CSRF-Token', csrf));
    expect((await api.get('/readyz')).status).toBe(503);
    await api.get('/healthz').expect(200);
    // A database away is no bug: nothing was logged as an unexpected error.
    expect(logged).toEqual([]);

    await pg.start();
    expect(await msUntilOk(api, '/api/indicators?page=2', 5000)).toBeLessThan(5000);
    await api.get('/readyz').expect(200);
    // The writes answered 503 left nothing: the same target can be added now, once.
    expect(await db('targets').count({ n: '*' }).first()).toEqual(targetsBefore);
    expect(await db('audit_log').count({ n: '*' }).first()).toEqual(auditBefore);
    const created = await api.post(`${IND}/targets`).set(bearer).send(target('2030')).expect(201);
    expect(await db('targets').where({ id: created.body.id }).first()).toMatchObject({ period: '2030', source_url: target('2030').sourceUrl });
    // The session opened before the outage still works.
    await agent.get('/api/auth/me').expect(200);
  });

  it('keeps an import job queued while the database is away, and runs it once it is back', async () => {
    const [row] = await db<ImportBatchRow>('import_batches')
      .insert({ status: 'uploaded', file_name: 'valori.csv', format: 'tidy-csv', checksum: 'c'.repeat(64), size_bytes: 10, stored_path: 'missing.csv', options: '{}', created_by_label: 'test' })
      .returning('*');
    await pg.stop();
    // The upload's request would look for queued jobs now: the database cannot say, and nothing breaks.
    app.locals.importJobs.kick();
    await app.locals.importJobs.idle();
    unavailable(await api.get(`/api/imports/${row!.id}`).set(bearer));
    await pg.start();
    app.locals.importJobs.kick();
    await app.locals.importJobs.idle();
    // It ran (its file is missing here, so it failed saying why), and nothing was logged as a bug of ours but that.
    expect(await db<ImportBatchRow>('import_batches').where({ id: row!.id }).first()).toMatchObject({ status: 'failed', error: expect.stringMatching(/missing\.csv|no such file/i) });
  });

  it('recovers by itself from a restart with connections in the pool', async () => {
    // Several connections in the pool, all to be cut by the restart.
    await Promise.all(['/api/users', '/api/imports', '/api/audit', '/api/users'].map((path) => api.get(path).set(bearer).expect(200)));
    await pg.restart();
    expect(await msUntilOk(api, '/api/audit', 5000)).toBeLessThan(5000);
    const res = await api.post(`${IND}/targets`).set(bearer).send(target('2031')).expect(201);
    expect(await db('targets').where({ id: res.body.id }).first()).toMatchObject({ period: '2031' });
  });
});
