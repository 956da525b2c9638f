import path from 'node:path';
import type { Knex } from 'knex';
import { type Config, loadConfig } from '../config/config';
import { createDb, dbTargetFromConfig, withoutStatementLimits } from '../db/knex';
import { AppError } from '../errors/errors';
import { runningServer, serverRunningMessage } from '../db/server-lock';

/** A command refused because the server holds the embedded database. */
export class ServerRunningError extends Error {}

/** Runs a command against the configured database and exits with a readable message on failure. */
export async function withDb(run: (db: Knex, cfg: Config) => Promise<void>): Promise<void> {
  let db: Knex | undefined;
  try {
    const cfg = loadConfig();
    // The embedded database is one process's at a time: not while the server has it open.
    const server = cfg.databaseUrl ? null : runningServer(cfg.pgliteDir);
    if (server) throw new ServerRunningError(serverRunningMessage(cfg.pgliteDir, server));
    // Migrating, seeding or importing from the command line may take longer than a request may.
    db = await createDb(withoutStatementLimits(dbTargetFromConfig(cfg)));
    await run(db, cfg);
  } catch (err) {
    if (err instanceof AppError) console.error(`${err.title}\n${err.message}`);
    else console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  } finally {
    await db?.destroy();
  }
}

/** A path the user typed: npm runs workspace scripts in server/, so relative paths resolve from where npm was called. */
export function userPath(p: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), p);
}
