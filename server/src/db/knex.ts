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

export type DbTarget =
  | { kind: 'postgres'; url: string; poolMax?: number }
  | { kind: 'pglite'; dir: string | null };

/**
 * One knex configuration for both engines: a PostgreSQL server through `pg`, or the embedded
 * PostgreSQL (PGlite) in a folder (`dir: null` keeps it in memory, for tests).
 * PGlite serves one connection: inside a transaction use only the transaction's handle.
 */
export async function createDb(target: DbTarget): Promise<Db> {
  const common = { migrations: { migrationSource } };
  if (target.kind === 'postgres') {
    return knexFactory({
      ...common,
      client: 'pg',
      connection: { connectionString: target.url, types: pgTypes } as Knex.PgConnectionConfig,
      pool: { min: 0, max: target.poolMax ?? 10 },
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

export function dbTargetFromConfig(cfg: { databaseUrl?: string; pgliteDir: string }): DbTarget {
  return cfg.databaseUrl ? { kind: 'postgres', url: cfg.databaseUrl } : { kind: 'pglite', dir: cfg.pgliteDir };
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
