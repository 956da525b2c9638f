import type { Direction, Polarity } from '@psm/server/contract';
import type { SeriesPoint } from '../types';

export type SeriesSummary = {
  latest: SeriesPoint;
  previous: SeriesPoint | null;
  /** latest − previous, with float noise rounded away. */
  change: number | null;
  direction: Direction;
};

/** Latest value, change from the previous one and whether that is good news, by the indicator's polarity. */
export function summariseSeries(points: readonly SeriesPoint[], polarity: Polarity): SeriesSummary | null {
  const latest = points.at(-1);
  if (!latest) return null;
  const previous = points.length > 1 ? points.at(-2)! : null;
  const change = previous ? Math.round((latest.value - previous.value) * 1e9) / 1e9 : null;
  let direction: Direction = 'unknown';
  if (change != null) {
    if (polarity === 'neutral') direction = 'neutral';
    else if (change === 0) direction = 'stable';
    else direction = change > 0 === (polarity === 'higher_better') ? 'improving' : 'worsening';
  }
  return { latest, previous, change, direction };
}
