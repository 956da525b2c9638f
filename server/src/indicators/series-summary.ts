import type { DashboardSeries } from '../contract/dashboard';

export type Point = DashboardSeries['points'][number];
export type Polarity = 'higher_better' | 'lower_better' | 'neutral';

/** Rounds away float noise (0.1 + 0.2) without hiding real differences. */
const clean = (n: number) => Math.round(n * 1e9) / 1e9;

function changeBetween(from: Point, to: Point): NonNullable<DashboardSeries['changeFromPrevious']> {
  const absolute = clean(to.value - from.value);
  return {
    from: from.period,
    absolute,
    percent: from.value === 0 ? null : clean((absolute / Math.abs(from.value)) * 100),
  };
}

/** Latest value, change from the previous and from the first value, and the direction judged by polarity. */
export function summariseSeries(points: Point[], polarity: Polarity): Omit<DashboardSeries, 'territory' | 'points'> {
  const latest = points.at(-1) ?? null;
  const previous = points.length > 1 ? points.at(-2)! : null;
  const first = points.length > 1 ? points[0]! : null;
  const changeFromPrevious = latest && previous ? changeBetween(previous, latest) : null;
  const changeFromFirst = latest && first ? changeBetween(first, latest) : null;
  let direction: DashboardSeries['direction'] = 'unknown';
  if (changeFromPrevious) {
    if (polarity === 'neutral') direction = 'neutral';
    else if (changeFromPrevious.absolute === 0) direction = 'stable';
    else direction = (changeFromPrevious.absolute > 0) === (polarity === 'higher_better') ? 'improving' : 'worsening';
  }
  return { latest, changeFromPrevious, changeFromFirst, direction };
}

/** Indicators by the direction of their focus series: improving, worsening, stable; neutral and unknown are `other`. */
export type DirectionCounts = { indicators: number; improving: number; worsening: number; stable: number; other: number };

export const noDirections = (): DirectionCounts => ({ indicators: 0, improving: 0, worsening: 0, stable: 0, other: 0 });

/** Counts one indicator whose focus series goes in `direction` (undefined: no focus series). */
export function countDirection(counts: DirectionCounts, direction: DashboardSeries['direction'] | undefined): void {
  counts.indicators++;
  if (direction === 'improving' || direction === 'worsening' || direction === 'stable') counts[direction]++;
  else counts.other++;
}
