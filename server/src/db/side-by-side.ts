import type { Knex } from 'knex';

type Results<T extends readonly (() => PromiseLike<unknown>)[]> = { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };

/**
 * Runs independent queries side by side on a pool, or one after another on a transaction, whose one
 * connection takes one query at a time (pg deprecates queueing them): a read can then serve both a
 * request of its own and the answer of a write, read inside the write's transaction.
 */
export async function sideBySide<T extends readonly (() => PromiseLike<unknown>)[]>(db: Knex, ...queries: T): Promise<Results<T>> {
  if (!db.isTransaction) return (await Promise.all(queries.map((q) => q()))) as Results<T>;
  const results: unknown[] = [];
  for (const q of queries) results.push(await q());
  return results as Results<T>;
}
