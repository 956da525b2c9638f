import fs from 'node:fs';
import knexFactory, { type Knex } from 'knex';
import pg from 'pg';
import { migrationSource } from '../../../migrations';

export type Db = Knex;

/** Type OIDs whose text form we read ourselves, the same on both engines. */
const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;

/** Counts (int8) and values (numeric) as JS numbers; dates as the 'YYYY-MM-DD' text they are. */
const parsers: Record<number, (value: string) => unknown> = {
  [INT8]: (v) => Number.parseInt(v, 10),
  [NUMERIC]: (v) => Number.parseFloat(v),
  [DATE]: (v) => v,
};

const pgTypes = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') =>
    parsers[oid] ?? pg.types.getTypeParser(oid, format as 'text'),
};

/** Time limits of a PostgreSQL server's connections, in milliseconds (0: none). */
export type DbTimeouts = {
  /** Opening a connection (pg `connectionTimeoutMillis`): an unreachable server fails the request fast. */
  connectMs: number;
  /** Waiting for a connection of the pool, opening included (knex `acquireConnectionTimeout`). */
  acquireMs: number;
  /** PostgreSQL `statement_timeout` of every statement (imports lift it for their own transaction). */
  statementMs: number;
  /** PostgreSQL `idle_in_transaction_session_timeout`: a transaction left idle this long is ended by the server. */
  idleInTransactionMs: number;
};

/** Fail fast while the server is away; no limit on statements (what the CLI and migrations use). */
export const CONNECT_TIMEOUTS: DbTimeouts = { connectMs: 3000, acquireMs: 5000, statementMs: 0, idleInTransactionMs: 0 };

export type DbTarget =
  | {
      kind: 'postgres';
      url: string;
      poolMax?: number;
      /** Default CONNECT_TIMEOUTS. */
      timeouts?: DbTimeouts;
      /** knex's warnings (a connection lost, one that could not be opened); default the console. */
      log?: Knex.Logger;
      /** `application_name` of the connections: an API process's tag (jobs/presence), else 'psm'. */
      applicationName?: string;
    }
  | { kind: 'pglite'; dir: string | null };

/**
 * One knex configuration for both engines: a PostgreSQL server through `pg`, or the embedded
 * PostgreSQL (PGlite) in a folder (`dir: null` keeps it in memory, for tests).
 * PGlite serves one connection: inside a transaction use only the transaction's handle.
 */
export async function createDb(target: DbTarget): Promise<Db> {
  const common = { migrations: { migrationSource } };
  if (target.kind === 'postgres') {
    const t = target.timeouts ?? CONNECT_TIMEOUTS;
    // knex listens to every pg client's 'error' and 'end' (an error event never goes unhandled) and
    // drops a connection that had one when it is next taken from the pool, so a restarted server
    // costs no more than the queries that were running on it.
    return knexFactory({
      ...common,
      client: 'pg',
      connection: {
        connectionString: target.url,
        types: pgTypes,
        connectionTimeoutMillis: t.connectMs,
        keepAlive: true,
        application_name: target.applicationName ?? 'psm',
        ...(t.statementMs ? { statement_timeout: t.statementMs } : {}),
        ...(t.idleInTransactionMs ? { idle_in_transaction_session_timeout: t.idleInTransactionMs } : {}),
      } as Knex.PgConnectionConfig,
      acquireConnectionTimeout: t.acquireMs,
      ...(target.log ? { log: target.log } : {}),
      pool: { min: 0, max: target.poolMax ?? 10, afterCreate: checkClientWhileRunning },
    });
  }
  // Loaded lazily: a server-backed process never pays for the WebAssembly build.
  const { PGlite } = await import('@electric-sql/pglite');
  const ClientPGLite = (await import('knex-pglite')).default;
  if (target.dir) fs.mkdirSync(target.dir, { recursive: true });
  const pglite = new PGlite({ dataDir: target.dir ?? undefined, parsers });
  await pglite.waitReady;
  return knexFactory({
    ...common,
    client: ClientPGLite as unknown as typeof knexFactory.Client,
    connection: { pglite } as unknown as Knex.StaticConnectionConfig,
  });
}

/**
 * A statement keeps running after its client died until it ends, holding its locks (a killed import's
 * commit held them for 18 s). With `client_connection_check_interval` (PostgreSQL 14+) the server checks
 * the client every second and rolls the work back. Ignored by older servers.
 */
function checkClientWhileRunning(conn: pg.Client, done: (err: Error | null, conn: pg.Client) => void): void {
  conn.query('set client_connection_check_interval = 1000', () => done(null, conn));
}

export function dbTargetFromConfig(cfg: { databaseUrl?: string; pgliteDir: string; dbTimeouts: DbTimeouts }): DbTarget {
  return cfg.databaseUrl ? { kind: 'postgres', url: cfg.databaseUrl, timeouts: cfg.dbTimeouts } : { kind: 'pglite', dir: cfg.pgliteDir };
}

/**
 * The same database without limits on statements, for work that may outlast a request: migrations,
 * the seed, the command-line tools.
 */
export function withoutStatementLimits(target: DbTarget): DbTarget {
  if (target.kind !== 'postgres' || !target.timeouts) return target;
  return { ...target, timeouts: { ...target.timeouts, statementMs: 0, idleInTransactionMs: 0 } };
}

/**
 * Lifts `statement_timeout` for the rest of the transaction: an import's COPY and insert … select, and
 * the rollback of a batch, take as long as the file or batch is big. The idle-in-transaction limit stays.
 */
export async function allowLongStatements(trx: Knex.Transaction): Promise<void> {
  await trx.raw('set local statement_timeout = 0');
}

export async function migrateLatest(db: Db): Promise<string[]> {
  const [, applied] = (await db.migrate.latest()) as [number, string[]];
  return applied;
}

/** Row count of a query builder, as a number on both engines. */
export async function countRows(query: Knex.QueryBuilder): Promise<number> {
  const row = (await query.clone().clearSelect().clearOrder().count({ n: '*' }).first()) as { n: number | string } | undefined;
  return Number(row?.n ?? 0);
}
