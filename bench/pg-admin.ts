import type { Knex } from 'knex';
import pg from 'pg';
import { createDb, migrateLatest } from '../server/src/db/knex';
import { seedDatabase } from '../server/src/seed/seed';

/**
 * The benchmarks' connection to the PostgreSQL server: queries on the admin database (the URL as given,
 * or its server's `postgres` database when that one does not exist) and the URL of a benchmark database.
 */
export class PgAdmin {
  constructor(private url: string) {}

  get adminUrl(): string {
    return this.url;
  }

  async query(sql: string): Promise<pg.QueryResult> {
    const client = new pg.Client({ connectionString: this.url });
    try {
      await client.connect();
    } catch (err) {
      if ((err as { code?: string }).code !== '3D000' || new URL(this.url).pathname === '/postgres') throw err;
      const u = new URL(this.url);
      u.pathname = '/postgres';
      this.url = u.toString();
      return this.query(sql);
    }
    try {
      return await client.query(sql);
    } finally {
      await client.end();
    }
  }

  /** The same server, another database. */
  databaseUrl(name: string): string {
    const u = new URL(this.url);
    u.pathname = `/${name}`;
    return u.toString();
  }
}

/** A connection string fit to print: the password masked. */
export const redact = (url: string): string => {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
};

/** A fresh benchmark database on the admin's server: dropped if it exists, created, migrated and seeded. */
export async function createSeededDatabase(admin: PgAdmin, name: string, onCreated: () => void): Promise<{ db: Knex; url: string }> {
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  onCreated();
  const url = admin.databaseUrl(name);
  const db = await createDb({ kind: 'postgres', url, poolMax: 2 });
  await migrateLatest(db);
  const seeded = await seedDatabase(db);
  if (!seeded.seeded) throw new Error(`seeding ${name} failed: ${seeded.reason}`);
  return { db, url };
}

/** Drops the benchmark database at the end, unless BENCH_KEEP_DB=1 asks to keep it for a look. */
export async function dropBenchDatabase(admin: PgAdmin, name: string, keep: boolean, log: (msg: string) => void): Promise<void> {
  if (keep) {
    log(`kept database ${name} (BENCH_KEEP_DB=1)`);
    return;
  }
  await admin.query(`drop database if exists ${name} with (force)`).then(
    () => log(`dropped database ${name}`),
    (e) => console.error(`could not drop ${name}:`, e),
  );
}
