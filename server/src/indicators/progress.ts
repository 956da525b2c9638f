import type { Polarity, ProgressStatus } from '../contract/values';
import { DEFAULT_PROGRESS_OPTIONS, type ProgressOptions } from '../config/progress';

/** One value of a series of one territory: its period (starting with the year), value and break flag. */
export type ProgressPoint = { period: string; value: number; breakInSeries?: boolean };

/** Why no status: Italian sentence shown as is, with a stable code for the client and tests. */
export type ProgressReason = 'no_polarity' | 'no_values' | 'too_few_values' | 'too_few_after_break' | 'target_not_after_base' | 'bad_target';

export type Progress = {
  status: ProgressStatus;
  reason?: ProgressReason;
  /** 'cagr': compound yearly growth in percent; 'linear': units per year (a value ≤ 0 makes the CAGR undefined). */
  rateKind: 'cagr' | 'linear' | null;
  baseYear: number | null;
  baseValue: number | null;
  latestYear: number | null;
  latestValue: number | null;
  /** Observed yearly rate from base to latest (fraction for cagr: 0.021 = +2.1 %/year). */
  actualRate: number | null;
  /** Yearly rate needed from base to reach the target in its year. */
  requiredRate: number | null;
  targetYear: number | null;
  targetValue: number;
};

const clean = (n: number) => Math.round(n * 1e9) / 1e9;

const yearOf = (period: string): number | null => {
  const m = /^(\d{4})/.exec(period);
  return m ? Number(m[1]) : null;
};

/**
 * Progress of one series towards one target, in the manner of Open SDG (docs/progress-method.md):
 * the observed compound annual growth rate from the base year to the latest year, over the rate
 * needed from the base year to reach the target in its year. Never across a break in series.
 */
export function computeProgress(
  points: readonly ProgressPoint[],
  target: { period: string; value: number },
  polarity: Polarity | null | undefined,
  options: ProgressOptions = DEFAULT_PROGRESS_OPTIONS,
): Progress {
  const targetYear = yearOf(target.period);
  const out: Progress = {
    status: 'not_computable',
    rateKind: null,
    baseYear: null,
    baseValue: null,
    latestYear: null,
    latestValue: null,
    actualRate: null,
    requiredRate: null,
    targetYear,
    targetValue: target.value,
  };
  const none = (reason: ProgressReason): Progress => ({ ...out, status: 'not_computable', reason });
  if (polarity !== 'higher_better' && polarity !== 'lower_better') return none('no_polarity');
  if (targetYear === null || !Number.isFinite(target.value)) return none('bad_target');
  const d = polarity === 'higher_better' ? 1 : -1;

  // One value a year (the latest period of the year), in year order; a break anywhere in a year marks it.
  const byYear = new Map<number, { year: number; value: number; period: string; breakInSeries: boolean }>();
  for (const p of points) {
    const year = yearOf(p.period);
    if (year === null || !Number.isFinite(p.value)) continue;
    const prev = byYear.get(year);
    const brk = Boolean(p.breakInSeries) || Boolean(prev?.breakInSeries);
    if (!prev || p.period >= prev.period) byYear.set(year, { year, value: p.value, period: p.period, breakInSeries: brk });
    else prev.breakInSeries = brk;
  }
  const series = [...byYear.values()].sort((a, b) => a.year - b.year);
  if (series.length === 0) return none('no_values');

  // The flagged value is the first of the new series: nothing before it is compared with it.
  let start = 0;
  series.forEach((p, i) => {
    if (p.breakInSeries) start = i;
  });
  const broken = start > 0;
  let usable = series.slice(start);
  if (options.baseYear !== undefined) usable = usable.filter((p) => p.year >= options.baseYear!);
  if (usable.length === 0) return none(broken ? 'too_few_after_break' : 'no_values');

  const base = usable[0]!;
  const latest = usable.at(-1)!;
  Object.assign(out, { latestYear: latest.year, latestValue: latest.value });
  // Reached: the latest value is at or beyond the target in the good direction, whatever the year.
  if (d * (latest.value - target.value) >= 0) {
    if (usable.length > 1) Object.assign(out, { baseYear: base.year, baseValue: base.value });
    return { ...out, status: 'reached' };
  }
  if (usable.length < 2) return none(broken ? 'too_few_after_break' : 'too_few_values');
  Object.assign(out, { baseYear: base.year, baseValue: base.value });
  if (targetYear <= base.year) return none('target_not_after_base');

  const cagr = base.value > 0 && latest.value > 0 && target.value > 0;
  const actualRate = cagr
    ? Math.pow(latest.value / base.value, 1 / (latest.year - base.year)) - 1
    : (latest.value - base.value) / (latest.year - base.year);
  const requiredRate = cagr
    ? Math.pow(target.value / base.value, 1 / (targetYear - base.year)) - 1
    : (target.value - base.value) / (targetYear - base.year);
  Object.assign(out, { rateKind: cagr ? 'cagr' : 'linear', actualRate: clean(actualRate), requiredRate: clean(requiredRate) });

  const good = d * actualRate; // > 0: moving towards the good direction
  // The base already met the target and the latest value no longer does: it moved away.
  if (d * requiredRate <= 0) return { ...out, status: 'moving_away' };
  // The target year is past and the target not reached: at best insufficient.
  if (latest.year >= targetYear) return { ...out, status: good > 0 ? 'insufficient' : 'moving_away' };
  const ratio = actualRate / requiredRate;
  const { onTrack, moderate } = options.thresholds;
  const status: ProgressStatus = ratio >= onTrack ? 'on_track' : ratio >= moderate ? 'moderate' : ratio >= 0 ? 'insufficient' : 'moving_away';
  return { ...out, status };
}

/** Counts per status, every status present (zero when none). */
export const noProgress = (): Record<ProgressStatus, number> => ({ reached: 0, on_track: 0, moderate: 0, insufficient: 0, moving_away: 0, not_computable: 0 });
