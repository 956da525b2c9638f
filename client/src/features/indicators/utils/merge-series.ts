import type { Series, SeriesPoint } from '../types';
import { periodRange } from './period-range';

/** One period with each territory's point, or null where that territory has no value. */
export type MergedRow = {
  period: string;
  values: Record<string, SeriesPoint | null>;
};

/**
 * Joins the territories' series on every period of their span, in time order, with explicit
 * nulls for missing values so the chart draws gaps instead of bridging them (connectNulls off).
 * `extraPeriods` (targets' years) widen the axis so a target sits at its own period.
 */
export function mergeSeries(series: Series[], extraPeriods: readonly string[] = []): MergedRow[] {
  const sorted = periodRange([...series.flatMap((s) => s.points.map((p) => p.period)), ...extraPeriods]);
  const byTerritory = series.map((s) => ({
    code: s.territory.code,
    points: new Map(s.points.map((p) => [p.period, p])),
  }));
  return sorted.map((period) => ({
    period,
    values: Object.fromEntries(byTerritory.map((t) => [t.code, t.points.get(period) ?? null])),
  }));
}

/** The value of one territory in a merged row, as the chart reads it (null: a gap). */
export const valueOf = (code: string) => (row: MergedRow): number | null => row.values[code]?.value ?? null;
