import type { Knex } from 'knex';
import type { Polarity } from '../contract/values';
import { progressOptions } from '../config/progress';
import { computeProgress, type Progress } from './progress';
import { loadSeries, seriesKey } from './series';

/** What the progress of one target needs: its indicator's polarity and its territory's series. */
export type TargetForProgress = { id: number; indicator_id: number; territory_id: number; period: string; value: number; polarity: string | null };

/** The progress of each target (by id), from one query for all their series. */
export async function progressOfTargets(db: Knex, targets: readonly TargetForProgress[]): Promise<Map<number, Progress>> {
  const out = new Map<number, Progress>();
  if (!targets.length) return out;
  const series = await loadSeries(db, [...new Set(targets.map((t) => t.indicator_id))], [...new Set(targets.map((t) => t.territory_id))]);
  const options = progressOptions();
  for (const t of targets) {
    const points = series.get(seriesKey(t.indicator_id, t.territory_id)) ?? [];
    out.set(t.id, computeProgress(points, { period: t.period, value: t.value }, t.polarity as Polarity | null, options));
  }
  return out;
}

/**
 * The target a card or a roll-up judges an indicator by, among its targets for one territory and plan:
 * the earliest whose year comes after the latest value, else the latest one.
 */
export function headlineTarget<T extends { period: string }>(targets: readonly T[], latestPeriod: string | null | undefined): T | undefined {
  const sorted = [...targets].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  const latestYear = latestPeriod ? Number(latestPeriod.slice(0, 4)) : null;
  return sorted.find((t) => latestYear === null || Number(t.period.slice(0, 4)) > latestYear) ?? sorted.at(-1);
}
