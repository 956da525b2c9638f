import type { Knex } from 'knex';
import { loadSeries, seriesKey } from '../../../indicators/series';
import { countDirection, noDirections, type Point, type Polarity, summariseSeries } from '../../../indicators/series-summary';
import type { DashboardSeries } from '../../../contract/dashboard';
import { BY_CODE, findPlanRef } from '../../../plans/lookup';
import type { PlanContext, TrendCounts } from '../../../contract/context';
import type { AxisRow, IndicatorStrategyRow, StrategyRow } from '../../../db/rows';
import { publishedOnly } from '../../../indicators/visibility';

/** A link indicator → strategy of the plan, with the strategy's axis and the indicator's polarity. */
type Link = Pick<IndicatorStrategyRow, 'indicator_id' | 'strategy_id' | 'demonstration'> & Pick<StrategyRow, 'axis_id'> & { polarity: Polarity };

/** Indicators of one part of the plan → whether every link of theirs in that part is our own judgement. */
type Scope = Map<number, boolean>;

function addLink(scope: Scope, link: Link): void {
  scope.set(link.indicator_id, (scope.get(link.indicator_id) ?? true) && link.demonstration);
}

function scopeOf(scopes: Map<number, Scope>, id: number): Scope {
  const scope = scopes.get(id) ?? new Map<number, boolean>();
  scopes.set(id, scope);
  return scope;
}

function countScope(scope: Scope | undefined, directions: Map<number, DashboardSeries['direction']>): TrendCounts {
  const counts = { ...noDirections(), demonstration: 0 };
  for (const [indicatorId, demonstration] of scope ?? []) {
    countDirection(counts, directions.get(indicatorId));
    if (demonstration) counts.demonstration++;
  }
  return counts;
}

/**
 * The level-1 context trend of a plan: its indicators by the direction of their latest change in the
 * plan's territory, judged as the strategy dashboards judge them, for the plan, each axis and each
 * strategy. A fixed number of queries: the structure, the links, the series of the territory.
 */
export async function getPlanContext(db: Knex, planCode: string): Promise<PlanContext> {
  const plan = await findPlanRef(db, planCode);
  const [axes, strategies, links] = await Promise.all([
    db<AxisRow>('axes').where({ plan_id: plan.id }).orderByRaw(BY_CODE).select('id', 'code', 'title'),
    db<StrategyRow>('strategies').where({ plan_id: plan.id }).orderByRaw(BY_CODE).select('id', 'code', 'title', 'axis_id'),
    db('indicator_strategies as x')
      .join('strategies as s', 's.id', 'x.strategy_id')
      .join('indicators as i', 'i.id', 'x.indicator_id')
      .where('s.plan_id', plan.id)
      .modify(publishedOnly)
      // indicators_polarity_check keeps i.polarity within POLARITIES.
      .select<Link[]>('x.indicator_id', 'x.strategy_id', 's.axis_id', 'x.demonstration', 'i.polarity'),
  ]);
  const polarities = new Map(links.map((l) => [l.indicator_id, l.polarity]));
  const focus = plan.territory_id;
  const series = focus ? await loadSeries(db, [...polarities.keys()], [focus]) : new Map<string, Point[]>();
  const directions = new Map<number, DashboardSeries['direction']>();
  for (const [id, polarity] of polarities) {
    directions.set(id, summariseSeries((focus && series.get(seriesKey(id, focus))) || [], polarity).direction);
  }

  const byStrategy = new Map<number, Scope>();
  const byAxis = new Map<number, Scope>();
  const whole: Scope = new Map();
  for (const link of links) {
    addLink(scopeOf(byStrategy, link.strategy_id), link);
    addLink(scopeOf(byAxis, link.axis_id), link);
    addLink(whole, link);
  }
  const axisCode = new Map(axes.map((a) => [a.id, a.code]));
  return {
    plan: { code: plan.code, title: plan.title, ...countScope(whole, directions) },
    territory: plan.territory_code ? { code: plan.territory_code, name: plan.territory_name } : null,
    axes: axes.map((a) => ({ code: a.code, title: a.title, ...countScope(byAxis.get(a.id), directions) })),
    strategies: strategies.map((s) => ({
      code: s.code,
      title: s.title,
      axis: axisCode.get(s.axis_id) ?? '',
      ...countScope(byStrategy.get(s.id), directions),
    })),
  };
}
