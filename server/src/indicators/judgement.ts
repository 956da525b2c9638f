import type { Comparison, Disagreement, JudgedChange, LatestChange } from '../contract/judgement';
import type { Direction, Polarity, ProgressStatus } from '../contract/values';

/*
 * The rules of a card's honest judgements (issue 14, item 5; docs/progress-method.md), without zod so
 * the client runs the same ones (`@psm/server/indicators/judgement`):
 * - No change is computed across a break in series: the flagged value starts a new series.
 * - Territories are compared on the latest period both have, each also stated with its own latest period.
 * - A promised comparison territory without values says so.
 * - A latest change that disagrees with the progress towards the target is explained, not left silent.
 */

/** What the rules read of a value. */
export type JudgedPoint = { period: string; value: number; breakInSeries?: boolean };

/** Rounds away float noise (0.1 + 0.2) without hiding real differences. */
const clean = (n: number) => Math.round(n * 1e9) / 1e9;

/** Good or bad news, by polarity, of a change of `absolute`. */
export function judge(absolute: number, polarity: Polarity): Direction {
  if (polarity === 'neutral') return 'neutral';
  if (absolute === 0) return 'stable';
  return absolute > 0 === (polarity === 'higher_better') ? 'improving' : 'worsening';
}

/**
 * The change from points[fromIndex] to the last point (in period order); not computed when a value
 * after the first compared one, up to and including the last, is flagged as a break; null with fewer than two.
 */
export function changeSince(points: readonly JudgedPoint[], fromIndex: number, polarity: Polarity): LatestChange {
  const to = points.at(-1);
  const from = points[fromIndex];
  if (!to || !from || fromIndex >= points.length - 1 || fromIndex < 0) return null;
  const broken = points.slice(fromIndex + 1).filter((p) => p.breakInSeries);
  if (broken.length) return { notComputed: 'break', period: broken.at(-1)!.period };
  const absolute = clean(to.value - from.value);
  return {
    from: from.period,
    to: to.period,
    absolute,
    percent: from.value === 0 ? null : clean((absolute / Math.abs(from.value)) * 100),
    judgement: judge(absolute, polarity),
  };
}

/** The change from the previous value to the latest. */
export const latestChangeOf = (points: readonly JudgedPoint[], polarity: Polarity): LatestChange => changeSince(points, points.length - 2, polarity);

export const isJudged = (c: LatestChange): c is JudgedChange => !!c && 'judgement' in c;

/** A comparison territory's values against the focus territory's (both in period order). */
export function compare(territory: Comparison['territory'], focus: readonly JudgedPoint[], other: readonly JudgedPoint[]): Comparison {
  const latest = other.at(-1);
  if (!latest) return { territory, noData: true };
  const focusByPeriod = new Map(focus.map((p) => [p.period, p.value]));
  const shared = [...other].reverse().find((p) => focusByPeriod.has(p.period));
  return {
    territory,
    latest: { period: latest.period, value: latest.value },
    common: shared ? { period: shared.period, focusValue: focusByPeriod.get(shared.period)!, value: shared.value } : null,
  };
}

/**
 * The latest change and the progress status, when they disagree: improving while moving away from
 * the target, or worsening while on track or past it. Null when they agree or either is unknown.
 */
export function disagreementOf(change: LatestChange, progress: { status: ProgressStatus; baseYear: number | null } | null | undefined): Disagreement | null {
  if (!isJudged(change) || !progress) return null;
  const { judgement } = change;
  const { status } = progress;
  if (judgement === 'improving' && status === 'moving_away') return { lastChange: 'improving', status, since: progress.baseYear };
  if (judgement === 'worsening' && (status === 'on_track' || status === 'reached')) return { lastChange: 'worsening', status, since: progress.baseYear };
  return null;
}
