import type { Knex } from 'knex';
import { NotFoundError } from '../../../errors/errors';
import type { PlanSummary, PlanTree } from '../../../contract/plans';
import { BY_CODE } from '../../../plans/lookup';
import type { LeftJoined } from '../../../db/left-join';
import type { ActionRow, AxisRow, PlanRow, StrategyRow, TerritoryRow } from '../../../db/rows';
import { publishedIndicatorSql } from '../../../indicators/visibility';

/** A plan with its territory (left-joined) and how many axes, strategies and actions are loaded. */
type PlanSummaryRow = PlanRow &
  LeftJoined<{ territory_code: TerritoryRow['code']; territory_name: TerritoryRow['name'] }> & { axes: number; strategies: number; actions: number };

function planQuery(db: Knex) {
  return db('plans as p')
    .leftJoin('territories as t', 't.id', 'p.territory_id')
    .select<PlanSummaryRow[]>(
      'p.*',
      't.code as territory_code',
      't.name as territory_name',
      db.raw('(select count(*) from axes where plan_id = p.id)::int as axes'),
      db.raw('(select count(*) from strategies where plan_id = p.id)::int as strategies'),
      db.raw('(select count(*) from actions where plan_id = p.id)::int as actions'),
    );
}

function toSummary(p: PlanSummaryRow): PlanSummary {
  return {
    code: p.code,
    title: p.title,
    subtitle: p.subtitle,
    periodStart: p.period_start,
    periodEnd: p.period_end,
    territory: p.territory_code ? { code: p.territory_code, name: p.territory_name } : null,
    approvedBy: p.approved_by,
    approvedOn: p.approved_on,
    counts: {
      axes: { loaded: p.axes, declared: p.declared_axes },
      strategies: { loaded: p.strategies, declared: p.declared_strategies },
      actions: { loaded: p.actions, declared: p.declared_actions },
    },
    declaredCountsSource: p.declared_counts_source,
  };
}

export async function listPlans(db: Knex): Promise<PlanSummary[]> {
  const rows = await planQuery(db).orderBy('p.period_start', 'desc').orderBy('p.code');
  return rows.map(toSummary);
}

async function findPlan(db: Knex, code: string): Promise<PlanSummaryRow> {
  const row = await planQuery(db).where('p.code', code).first();
  if (!row) throw new NotFoundError('Plan', code);
  return row;
}

export async function getPlanTree(db: Knex, code: string): Promise<PlanTree> {
  const plan = await findPlan(db, code);
  const [axes, strategies, actions] = await Promise.all([
    db<AxisRow>('axes').where({ plan_id: plan.id }).orderByRaw(BY_CODE),
    db('strategies as s')
      .where({ plan_id: plan.id })
      .select<(StrategyRow & { indicator_count: number })[]>(
        's.*',
        db.raw(`(select count(*) from indicator_strategies x where x.strategy_id = s.id and ${publishedIndicatorSql('x.indicator_id')})::int as indicator_count`),
      )
      .orderByRaw(BY_CODE),
    db<ActionRow>('actions').where({ plan_id: plan.id }).orderByRaw(BY_CODE),
  ]);
  return {
    plan: toSummary(plan),
    axes: axes.map((a) => ({
      code: a.code,
      title: a.title,
      altTitle: a.alt_title,
      shortLabel: a.short_label,
      description: a.description,
      sourceLabel: a.source_label,
      sourceUrl: a.source_url,
      strategies: strategies
        .filter((s) => s.axis_id === a.id)
        .map((s) => ({
          code: s.code,
          title: s.title,
          description: s.description,
          sourceLabel: s.source_label,
          sourceUrl: s.source_url,
          indicatorCount: s.indicator_count,
          actions: actions
            .filter((x) => x.strategy_id === s.id)
            .map((x) => ({
              code: x.code,
              title: x.title,
              description: x.description,
              sourceLabel: x.source_label,
              sourceUrl: x.source_url,
            })),
        })),
    })),
  };
}
