import type { Direction, Polarity } from '@psm/server/contract';
import { isJudged, latestChangeOf } from '@psm/server/indicators/judgement';
import type { SeriesPoint } from '../types';

export type SeriesSummary = {
  latest: SeriesPoint;
  previous: SeriesPoint | null;
  /** latest − previous, with float noise rounded away; null with one value or across a break. */
  change: number | null;
  direction: Direction;
  /** The period of the break in series that stops the change being computed; null: none. */
  breakPeriod: string | null;
};

/**
 * Latest value, change from the previous one and whether that is good news, by the indicator's
 * polarity: the rules of the dashboard cards (server indicators/judgement.ts), so never across a break.
 */
export function summariseSeries(points: readonly SeriesPoint[], polarity: Polarity): SeriesSummary | null {
  const latest = points.at(-1);
  if (!latest) return null;
  const previous = points.length > 1 ? points.at(-2)! : null;
  const judged = latestChangeOf(points, polarity);
  return {
    latest,
    previous,
    change: isJudged(judged) ? judged.absolute : null,
    direction: isJudged(judged) ? judged.judgement : 'unknown',
    breakPeriod: judged && 'notComputed' in judged ? judged.period : null,
  };
}
