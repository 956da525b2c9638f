import type { Knex } from 'knex';

/** Thrown at the end of a dry run to roll the transaction back with its result. */
class DryRunDone<T> extends Error {
  constructor(readonly result: T) {
    super('dry run');
  }
}

/**
 * Runs a write in one transaction; with `dryRun` the same transaction is rolled back at the end, so a
 * preview answers exactly what the write would do and writes nothing.
 */
export async function inTransaction<T>(db: Knex, dryRun: boolean, run: (trx: Knex) => Promise<T>): Promise<T> {
  if (!dryRun) return db.transaction(run);
  return db
    .transaction(async (trx) => {
      throw new DryRunDone(await run(trx));
    })
    .catch((err: unknown) => {
      if (err instanceof DryRunDone) return err.result as T;
      throw err;
    });
}
