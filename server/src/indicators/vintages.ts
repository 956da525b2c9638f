import type { Knex } from 'knex';
import type { AsOf } from '../contract/observations';

/** A timestamp as ISO 8601 UTC text with microseconds, so that it works as asOf without losing the row. */
export const isoUtc = (db: Knex, column: string, alias: string) =>
  db.raw(`to_char(?? at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as ??`, [column, alias]);

/** Rows of `alias` (an `observations` table) current at `asOf`: recorded by then and not yet superseded. */
export function currentAt(query: Knex.QueryBuilder, { instant, inclusive }: AsOf, alias = 'o'): void {
  query
    .where(`${alias}.recorded_at`, inclusive ? '<=' : '<', instant)
    .where((w) => w.whereNull(`${alias}.superseded_at`).orWhere(`${alias}.superseded_at`, inclusive ? '>' : '>=', instant));
}
