import type { DashboardSeries } from '../contract/dashboard';
import type { LatestChange } from '../contract/judgement';
import { changeSince, isJudged, latestChangeOf } from './judgement';

export type Point = DashboardSeries['points'][number];
export type Polarity = 'higher_better' | 'lower_better' | 'neutral';

const asChange = (c: LatestChange): DashboardSeries['changeFromPrevious'] =>
  isJudged(c) ? { from: c.from, absolute: c.absolute, percent: c.percent } : null;

/**
 * Latest value, change from the previous and from the first value, and the direction judged by
 * polarity (indicators/judgement.ts): none of them across a break in series, whose period `change` names.
 */
export function summariseSeries(points: Point[], polarity: Polarity): Omit<DashboardSeries, 'territory' | 'points'> {
  const latest = points.at(-1) ?? null;
  const change = latestChangeOf(points, polarity);
  return {
    latest,
    change,
    changeFromPrevious: asChange(change),
    changeFromFirst: asChange(changeSince(points, 0, polarity)),
    direction: isJudged(change) ? change.judgement : 'unknown',
  };
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
