import type { Knex } from 'knex';
import type { ObservationRow } from '../db/rows';
import type { Point } from './series-summary';

/** The key of one indicator's series in one territory, in the map `loadSeries` returns. */
export const seriesKey = (indicatorId: number, territoryId: number) => `${indicatorId}:${territoryId}`;

/**
 * The current values (no superseded vintages) of these indicators in these territories, in period
 * order, keyed by `seriesKey`: one query, however many indicators and territories.
 */
export async function loadSeries(db: Knex, indicatorIds: number[], territoryIds: number[]): Promise<Map<string, Point[]>> {
  const byKey = new Map<string, Point[]>();
  if (!indicatorIds.length || !territoryIds.length) return byKey;
  const observations = await db<ObservationRow>('observations')
    .whereIn('indicator_id', indicatorIds)
    .whereIn('territory_id', territoryIds)
    .whereNull('superseded_at')
    .select('indicator_id', 'territory_id', 'period', 'value', 'provisional', 'estimated', 'break_in_series')
    .orderBy('period_start');
  for (const o of observations) {
    const key = seriesKey(o.indicator_id, o.territory_id);
    const list = byKey.get(key) ?? [];
    list.push({ period: o.period, value: o.value, provisional: o.provisional, estimated: o.estimated, breakInSeries: o.break_in_series });
    byKey.set(key, list);
  }
  return byKey;
}
