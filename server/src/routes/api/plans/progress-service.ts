import type { Knex } from 'knex';
import type { PlanProgress, ProgressCounts, ProgressMethod } from '../../../contract/progress';
import { progressOptions } from '../../../config/progress';
import { noProgress } from '../../../indicators/progress';
import { headlineTarget } from '../../../indicators/target-progress';
import { BY_CODE, findPlanRef } from '../../../plans/lookup';
import { findTargetsOfIndicators } from '../../../indicators/targets';
import { ofPublishedIndicator } from '../../../indicators/visibility';

/** The method's settings in force (thresholds from the environment). */
export function getProgressMethod(): ProgressMethod {
  const o = progressOptions();
  return { thresholds: { ...o.thresholds }, baseYear: o.baseYear ?? null };
}

/**
 * Indicators per progress status, by plan, axis and strategy: each indicator linked to a strategy is judged
 * by its headline target (the plan's, in the plan's territory: the first after the latest value). Three
 * queries whatever the plan's size; indicators without a target are not counted.
 */
export async function getPlanProgress(db: Knex, planCode: string): Promise<PlanProgress> {
  const plan = await findPlanRef(db, planCode);
  const strategies = await db('strategies as s')
    .join('axes as a', 'a.id', 's.axis_id')
    .where('s.plan_id', plan.id)
    .select<{ id: number; code: string; axis: string }[]>('s.id', 's.code', 'a.code as axis')
    .orderByRaw(`string_to_array(a.code, '.')::int[], string_to_array(s.code, '.')::int[]`);
  const axes = await db('axes').where({ plan_id: plan.id }).select<{ code: string }[]>('code').orderByRaw(BY_CODE);
  const links = await db('indicator_strategies as x')
    .join('strategies as s', 's.id', 'x.strategy_id')
    .where('s.plan_id', plan.id)
    .modify((q) => ofPublishedIndicator(q, 'x.indicator_id'))
    .select<{ indicator_id: number; strategy_id: number }[]>('x.indicator_id', 'x.strategy_id');
  const indicatorIds = [...new Set(links.map((l) => l.indicator_id))];
  const targets =
    plan.territory_id && indicatorIds.length
      ? await findTargetsOfIndicators(db, (q) => q.whereIn('g.indicator_id', indicatorIds).where({ 'g.plan_id': plan.id, 'g.territory_id': plan.territory_id }))
      : [];

  // One status per indicator: its headline target's.
  const status = new Map<number, keyof ProgressCounts>();
  for (const id of indicatorIds) {
    const own = targets.filter((t) => t.indicatorId === id);
    const latest = own.find((t) => t.progress.latestYear !== null)?.progress.latestYear;
    const headline = headlineTarget(own, latest === undefined || latest === null ? null : String(latest));
    if (headline) status.set(id, headline.progress.status);
  }
  const count = (ids: Iterable<number>): ProgressCounts => {
    const c = noProgress();
    for (const id of new Set(ids)) {
      const s = status.get(id);
      if (s) c[s]++;
    }
    return c;
  };
  const indicatorsOf = (strategyIds: Set<number>) => links.filter((l) => strategyIds.has(l.strategy_id)).map((l) => l.indicator_id);

  return {
    plan: { code: plan.code, counts: count(indicatorIds) },
    axes: axes.map((a) => ({ code: a.code, counts: count(indicatorsOf(new Set(strategies.filter((s) => s.axis === a.code).map((s) => s.id)))) })),
    strategies: strategies.map((s) => ({ code: s.code, axis: s.axis, counts: count(indicatorsOf(new Set([s.id]))) })),
    method: getProgressMethod(),
  };
}
