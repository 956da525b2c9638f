import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import knexFactory, { type Knex } from 'knex';
import { createDb, migrateLatest } from '../db/knex';
import { seedDatabase } from '../seed/seed';

/**
 * The test databases are copies of templates built once per jest run (global-setup.ts), from the
 * migrations and seeds of the working tree: creating an embedded database (initdb) and migrating and
 * seeding it costs far more than copying one. The global setup says where the templates are through
 * these variables, which the test workers inherit; without them createTestDb builds from scratch.
 */
export const TEMPLATE_ENV = {
  /** Embedded database: folder of a fresh database (initdb done, nothing else), for `migrate: false`. */
  pgliteEmpty: 'PSM_TEST_PGLITE_EMPTY',
  /** Embedded database: folder of a migrated and seeded database, closed. */
  pgliteSeeded: 'PSM_TEST_PGLITE_SEEDED',
  /** PostgreSQL server: name of a migrated and seeded database nobody may connect to. */
  pgSeeded: 'PSM_TEST_PG_SEEDED',
} as const;

/** A database name of this process's own: two runs on one server never pick the same one. */
export function uniqueDbName(prefix: string): string {
  return `${prefix}_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
}

/** `url` pointing at database `name` on the same server. */
export function databaseUrl(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** A connection to the server's maintenance database (the one in DATABASE_URL), for CREATE / DROP DATABASE. */
export function adminDb(url: string): Knex {
  return knexFactory({ client: 'pg', connection: url, pool: { min: 0, max: 1 } });
}

/**
 * Builds the templates and returns the variables that point at them. On the embedded database both
 * folders are closed (a folder in use cannot be copied safely); on a server the template takes no
 * connections (CREATE DATABASE … TEMPLATE refuses a template someone is connected to).
 */
export async function buildTemplates(url: string | undefined): Promise<Record<string, string>> {
  if (url) {
    const name = uniqueDbName('psm_test_tpl');
    const admin = adminDb(url);
    try {
      await admin.raw(`create database ${name}`);
      const db = await createDb({ kind: 'postgres', url: databaseUrl(url, name), poolMax: 1 });
      try {
        await migrateLatest(db);
        await seedDatabase(db);
      } finally {
        await db.destroy();
      }
      await admin.raw(`alter database ${name} allow_connections false`);
      return { [TEMPLATE_ENV.pgSeeded]: name };
    } catch (err) {
      await admin.raw(`drop database if exists ${name} with (force)`);
      throw err;
    } finally {
      await admin.destroy();
    }
  }
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'psm-test-template-'));
  try {
    const empty = path.join(root, 'empty');
    const seeded = path.join(root, 'seeded');
    // initdb is most of the cost of a new embedded database: done once, then copied.
    await (await createDb({ kind: 'pglite', dir: empty })).destroy();
    fs.cpSync(empty, seeded, { recursive: true });
    const db = await createDb({ kind: 'pglite', dir: seeded });
    try {
      await migrateLatest(db);
      await seedDatabase(db);
    } finally {
      await db.destroy();
    }
    return { [TEMPLATE_ENV.pgliteEmpty]: empty, [TEMPLATE_ENV.pgliteSeeded]: seeded };
  } catch (err) {
    fs.rmSync(root, { recursive: true, force: true });
    throw err;
  }
}

/** Removes what buildTemplates made (the variables it returned). */
export async function dropTemplates(url: string | undefined, env: NodeJS.ProcessEnv): Promise<void> {
  const name = env[TEMPLATE_ENV.pgSeeded];
  if (url && name) {
    const admin = adminDb(url);
    try {
      await admin.raw(`drop database if exists ${name}`);
    } finally {
      await admin.destroy();
    }
  }
  const seeded = env[TEMPLATE_ENV.pgliteSeeded];
  if (seeded) fs.rmSync(path.dirname(seeded), { recursive: true, force: true });
}
