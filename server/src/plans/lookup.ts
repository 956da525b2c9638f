import type { Knex } from 'knex';
import type { LeftJoined } from '../db/left-join';
import type { PlanRow, TerritoryRow } from '../db/rows';
import { NotFoundError } from '../errors/errors';

/** Orders plan codes 1.2 < 1.10 numerically (axes, strategies and actions alike). */
export const BY_CODE = `string_to_array(code, '.')::int[]`;

/** What other resources need of a plan edition: its id, code, title and territory. */
export type PlanRef = Pick<PlanRow, 'id' | 'code' | 'title' | 'territory_id'> &
  LeftJoined<{ territory_code: TerritoryRow['code']; territory_name: TerritoryRow['name'] }>;

/** The plan edition with this code (404 otherwise): one light query, without the counts of the plan summary. */
export async function findPlanRef(db: Knex, code: string): Promise<PlanRef> {
  const row = await db('plans as p')
    .leftJoin('territories as t', 't.id', 'p.territory_id')
    .where('p.code', code)
    .first<PlanRef | undefined>('p.id', 'p.code', 'p.title', 'p.territory_id', 't.code as territory_code', 't.name as territory_name');
  if (!row) throw new NotFoundError('Plan', code);
  return row;
}
