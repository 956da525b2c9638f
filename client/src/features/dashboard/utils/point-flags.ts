import type { DashboardPoint } from '@psm/server/contract';

export const FLAGS = ['provisional', 'estimated', 'breakInSeries'] as const;
export type Flag = (typeof FLAGS)[number];

/** The flags a point carries, in a fixed order. */
export const flagsOf = (p: DashboardPoint): Flag[] => FLAGS.filter((f) => p[f]);

/** For each flag, the periods of the series that carry it (empty flags left out). */
export function flaggedPeriods(points: readonly DashboardPoint[]): { flag: Flag; periods: string[] }[] {
  return FLAGS.map((flag) => ({ flag, periods: points.filter((p) => p[flag]).map((p) => p.period) })).filter((f) => f.periods.length > 0);
}
