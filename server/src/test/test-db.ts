import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import knexFactory, { type Knex } from 'knex';
import { createDb, migrateLatest } from '../db/knex';
import { seedDatabase } from '../seed/seed';

export type TestDb = {
  db: Knex;
  engine: 'postgres' | 'pglite';
  /** Environment that points a child process (a CLI command) at this same database. */
  env: Record<string, string>;
  destroy: () => Promise<void>;
};

/**
 * A database of the test's own: with DATABASE_URL a new database on that server (dropped at the
 * end), otherwise an in-memory embedded PostgreSQL. Runs never collide.
 */
export async function createTestDb(opts: { migrate?: boolean; seed?: boolean } = {}): Promise<TestDb> {
  const { migrate = true, seed = true } = opts;
  const url = process.env.DATABASE_URL;
  let testDb: TestDb;
  if (url) {
    const name = `psm_test_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
    const admin = knexFactory({ client: 'pg', connection: url, pool: { min: 0, max: 1 } });
    await admin.raw(`create database ${name}`);
    const u = new URL(url);
    u.pathname = `/${name}`;
    const db = await createDb({ kind: 'postgres', url: u.toString(), poolMax: 5 });
    testDb = {
      db,
      engine: 'postgres',
      env: { DATABASE_URL: u.toString() },
      destroy: async () => {
        await db.destroy();
        await admin.raw(`drop database if exists ${name} with (force)`);
        await admin.destroy();
      },
    };
  } else {
    // In a folder, so that a child process can open it once this one lets it go.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'psm-test-'));
    const db = await createDb({ kind: 'pglite', dir });
    testDb = {
      db,
      engine: 'pglite',
      env: { PGLITE_DIR: dir },
      destroy: async () => {
        await db.destroy();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  if (migrate) await migrateLatest(testDb.db);
  if (migrate && seed) await seedDatabase(testDb.db);
  return testDb;
}

/** Row counts of every table: compared before and after a rejected write to prove nothing changed. */
export async function tableCounts(db: Knex): Promise<Record<string, number>> {
  const tables = ['plans', 'axes', 'strategies', 'actions', 'territories', 'indicators', 'indicator_strategies', 'observations', 'targets', 'audit_log', 'import_batches'];
  const out: Record<string, number> = {};
  for (const t of tables) {
    const row = (await db(t).count({ n: '*' }).first()) as { n: number };
    out[t] = Number(row.n);
  }
  return out;
}
