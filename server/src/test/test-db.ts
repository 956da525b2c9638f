import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Knex } from 'knex';
import { createDb, migrateLatest } from '../db/knex';
import { seedDatabase } from '../seed/seed';
import { adminDb, databaseUrl, TEMPLATE_ENV, uniqueDbName } from './db-template';

export type TestDb = {
  db: Knex;
  engine: 'postgres' | 'pglite';
  /** Environment that points a child process (a CLI command) at this same database. */
  env: Record<string, string>;
  destroy: () => Promise<void>;
};

/**
 * A database of the test's own: with DATABASE_URL a new database on that server (dropped at the
 * end), otherwise an embedded PostgreSQL in a new folder. Runs never collide.
 *
 * Under jest it is a copy of a template the global setup built for this run (db-template.ts):
 * `CREATE DATABASE … TEMPLATE` on the server, a copy of the template's folder for the embedded
 * database. `migrate: false` gets an empty database, `seed: false` a migrated one with no data;
 * without the templates (outside jest) the database is built from scratch.
 */
export async function createTestDb(opts: { migrate?: boolean; seed?: boolean } = {}): Promise<TestDb> {
  const { migrate = true, seed = true } = opts;
  const seeded = migrate && seed;
  const url = process.env.DATABASE_URL;
  let testDb: TestDb;
  let copied = false;
  if (url) {
    const name = uniqueDbName('psm_test');
    const template = seeded ? process.env[TEMPLATE_ENV.pgSeeded] : undefined;
    const admin = adminDb(url);
    await admin.raw(template ? `create database ${name} template ${template}` : `create database ${name}`);
    copied = !!template;
    const db = await createDb({ kind: 'postgres', url: databaseUrl(url, name), poolMax: 5 });
    testDb = {
      db,
      engine: 'postgres',
      env: { DATABASE_URL: databaseUrl(url, name) },
      destroy: async () => {
        await db.destroy();
        await admin.raw(`drop database if exists ${name} with (force)`);
        await admin.destroy();
      },
    };
  } else {
    // In a folder, so that a child process can open it once this one lets it go.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'psm-test-'));
    const template = process.env[seeded ? TEMPLATE_ENV.pgliteSeeded : TEMPLATE_ENV.pgliteEmpty];
    if (template) fs.cpSync(template, dir, { recursive: true });
    copied = seeded && !!template;
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
  if (migrate && !copied) await migrateLatest(testDb.db);
  if (seeded && !copied) await seedDatabase(testDb.db);
  return testDb;
}

/** The tables a write may add rows to (sessions and login failures aside: a refused login records one). */
const COUNTED_TABLES = [
  'plans', 'axes', 'strategies', 'actions', 'territories', 'indicators', 'indicator_strategies', 'observations', 'targets',
  'audit_log', 'import_batches', 'action_updates', 'action_statuses', 'action_fundings', 'action_partners', 'action_milestones',
  'action_territories', 'users', 'offices', 'planning_tools', 'planning_objectives', 'action_objectives',
] as const;

/** Row counts of every table, in one query: compared before and after a rejected write to prove nothing changed. */
export async function tableCounts(db: Knex): Promise<Record<string, number>> {
  const row = (await db.first(COUNTED_TABLES.map((t) => db.raw('(select count(*)::int from ??) as ??', [t, t])))) as Record<string, number>;
  return Object.fromEntries(COUNTED_TABLES.map((t) => [t, Number(row[t])]));
}
