import type { Knex } from 'knex';
import type { Target } from '../contract/indicators';
import type { IndicatorRow, PlanRow, TargetRow, TerritoryRow } from '../db/rows';
import { progressOfTargets } from './target-progress';

/** A target with its territory and (left-joined) plan. */
type TargetJoin = TargetRow & {
  territory_code: TerritoryRow['code'];
  territory_name: TerritoryRow['name'];
  plan_code: PlanRow['code'] | null;
  polarity: IndicatorRow['polarity'];
};

const toTarget = (r: TargetJoin, progress: Target['progress']): Target => ({
  id: r.id,
  territory: { code: r.territory_code, name: r.territory_name },
  plan: r.plan_code,
  period: r.period,
  value: r.value,
  description: r.description,
  sourceUrl: r.source_url,
  progress,
});

/** The targets `where` selects (on `g`), by territory, plan (none first) and period, with their indicator's id. */
export async function findTargetsOfIndicators(
  db: Knex,
  where: (q: Knex.QueryBuilder) => Knex.QueryBuilder,
): Promise<(Target & { indicatorId: number })[]> {
  const rows = await db('targets as g')
    .join('territories as t', 't.id', 'g.territory_id')
    .join('indicators as i', 'i.id', 'g.indicator_id')
    .leftJoin('plans as p', 'p.id', 'g.plan_id')
    .modify(where)
    .select<TargetJoin[]>('g.*', 't.code as territory_code', 't.name as territory_name', 'p.code as plan_code', 'i.polarity')
    .orderBy([{ column: 't.code' }, { column: 'p.code', order: 'asc', nulls: 'first' }, { column: 'g.period' }, { column: 'g.id' }]);
  const progress = await progressOfTargets(db, rows);
  return rows.map((r) => ({ ...toTarget(r, progress.get(r.id)!), indicatorId: r.indicator_id }));
}

/** The targets `where` selects (on `g`), each with its progress. */
export async function findTargets(db: Knex, where: (q: Knex.QueryBuilder) => Knex.QueryBuilder): Promise<Target[]> {
  return (await findTargetsOfIndicators(db, where)).map(({ indicatorId: _, ...t }) => t);
}
