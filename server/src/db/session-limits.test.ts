import type { Knex } from 'knex';
import { loadConfig } from '../config/config';
import { startPrivatePostgres, type PrivatePostgres } from '../test/private-postgres';
import { allowLongStatements, createDb, dbTargetFromConfig, withoutStatementLimits } from './knex';
import { isDatabaseUnavailable } from './unavailable';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const quiet = () => undefined;

/** The limits PostgreSQL enforces on the API's connections, on a server of the test's own. */
describe('statement and idle-in-transaction limits of the connections to a PostgreSQL server', () => {
  let pg: PrivatePostgres;
  let db: Knex;
  beforeAll(async () => {
    pg = await startPrivatePostgres();
    db = await createDb({
      kind: 'postgres',
      url: pg.url,
      timeouts: { connectMs: 3000, acquireMs: 5000, statementMs: 300, idleInTransactionMs: 500 },
      log: { warn: quiet, error: quiet, debug: quiet, deprecate: quiet },
    });
  });
  afterAll(async () => {
    await db?.destroy();
    await pg?.destroy();
  });

  it('reads them from the environment, with defaults; the command-line tools go without statement limits', () => {
    const defaults = loadConfig({ DATABASE_URL: 'postgres://u@db:5432/psm' });
    expect(defaults.dbTimeouts).toEqual({ connectMs: 3000, acquireMs: 5000, statementMs: 60000, idleInTransactionMs: 30000 });
    const set = loadConfig({ DATABASE_URL: 'postgres://u@db:5432/psm', DB_STATEMENT_TIMEOUT_MS: '120000', DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: '0' });
    expect(set.dbTimeouts).toMatchObject({ statementMs: 120000, idleInTransactionMs: 0 });
    expect(() => loadConfig({ DB_STATEMENT_TIMEOUT_MS: '-1' })).toThrow(/DB_STATEMENT_TIMEOUT_MS/);
    const target = dbTargetFromConfig(defaults);
    expect(withoutStatementLimits(target)).toMatchObject({ timeouts: { connectMs: 3000, acquireMs: 5000, statementMs: 0, idleInTransactionMs: 0 } });
  });

  it('cancels a statement that runs too long (57014), and the connection stays usable', async () => {
    expect((await db.raw('show statement_timeout')).rows[0].statement_timeout).toBe('300ms');
    const err = await db.raw('select pg_sleep(1)').catch((e: unknown) => e);
    expect(err).toMatchObject({ code: '57014' });
    expect(isDatabaseUnavailable(err)).toBe(false);
    expect((await db.raw('select 1 as ok')).rows).toEqual([{ ok: 1 }]);
  });

  it('lets an import lift the statement limit for its own transaction only', async () => {
    await db.transaction(async (trx) => {
      await allowLongStatements(trx);
      await trx.raw('select pg_sleep(0.5)');
    });
    await expect(db.raw('select pg_sleep(1)')).rejects.toMatchObject({ code: '57014' });
  });

  it('ends a transaction left idle: it fails and rolls back, and the pool carries on', async () => {
    await db.raw('create table if not exists idle_probe (n int)');
    const err = await db
      .transaction(async (trx) => {
        await trx('idle_probe').insert({ n: 1 });
        await sleep(1000);
        await trx('idle_probe').insert({ n: 2 });
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(await db('idle_probe').count({ n: '*' })).toEqual([{ n: 0 }]);
  });
});
