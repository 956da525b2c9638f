import type { Knex } from 'knex';

/** When we loaded each indicator's values: its latest committed import batch's date (ISO), by indicator id; absent: none. */
export async function loadDates(db: Knex, indicatorIds: number[]): Promise<Map<number, string>> {
  if (!indicatorIds.length) return new Map();
  const rows = await db('observations as o')
    .join('import_batches as b', 'b.id', 'o.import_batch_id')
    .whereIn('o.indicator_id', indicatorIds)
    .where('b.status', 'committed')
    .groupBy('o.indicator_id')
    .select<{ indicator_id: number; loaded: Date | string }[]>('o.indicator_id', db.raw('max(coalesce(b.committed_at, b.created_at)) as loaded'));
  return new Map(rows.map((r) => [r.indicator_id, new Date(r.loaded).toISOString()]));
}
