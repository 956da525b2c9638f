import type { DashboardPoint } from '@psm/server/contract';

/** What a flag needs of a value: its period and the three flags (a dashboard point, an observation). */
type FlaggedPoint = Pick<DashboardPoint, 'period' | 'provisional' | 'estimated' | 'breakInSeries'>;

/** The flags a value may carry, in the order they are read out and shown in legends. */
export const FLAGS = ['provisional', 'estimated', 'breakInSeries'] as const;
export type Flag = (typeof FLAGS)[number];

/** The flags a point carries, in that order; none for a missing point. */
export const flagsOf = (p: FlaggedPoint | null | undefined): Flag[] => (p ? FLAGS.filter((f) => p[f]) : []);

/** Flags present in any of the points, in the legend's order. */
export function flagsPresent(points: Iterable<FlaggedPoint>): Flag[] {
  const seen = new Set<Flag>();
  for (const p of points) for (const f of flagsOf(p)) seen.add(f);
  return FLAGS.filter((f) => seen.has(f));
}

/** For each flag, the periods of the series that carry it (empty flags left out). */
export function flaggedPeriods(points: readonly FlaggedPoint[]): { flag: Flag; periods: string[] }[] {
  return FLAGS.map((flag) => ({ flag, periods: points.filter((p) => p[flag]).map((p) => p.period) })).filter((f) => f.periods.length > 0);
}
