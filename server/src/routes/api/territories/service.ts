import type { Knex } from 'knex';
import type { z } from 'zod';
import { NotFoundError } from '../../../errors/errors';
import { containsPattern } from '../../../lib/sql';
import type { territory, territoryQuery } from '../../../contract/territories';
import type { TerritoryLevel } from '../../../contract/values';
import type { TerritoryMembershipRow, TerritoryRow } from '../../../db/rows';

/** A membership of a territory in a larger one, with the parent's code and level. */
type Parent = Pick<TerritoryMembershipRow, 'child_id' | 'valid_from' | 'valid_to'> & Pick<TerritoryRow, 'code' | 'level'>;

/** A territory's free-form attributes (a JSON object; `suppressed` hides it from lists). */
const attributesOf = (r: TerritoryRow): Record<string, unknown> =>
  r.attributes !== null && typeof r.attributes === 'object' && !Array.isArray(r.attributes) ? (r.attributes as Record<string, unknown>) : {};

export async function listTerritories(db: Knex, q: z.infer<typeof territoryQuery>): Promise<z.infer<typeof territory>[]> {
  const query = db('territories as t').select<TerritoryRow[]>('t.*').orderBy('t.level').orderBy('t.code');
  if (q.level) query.where('t.level', q.level);
  if (q.q) query.whereILike('t.name', containsPattern(q.q));
  if (q.includeSuppressed !== 'true') query.whereRaw(`coalesce((t.attributes->>'suppressed')::boolean, false) = false`);
  if (q.parent) {
    const parent = await db<TerritoryRow>('territories').where({ code: q.parent }).first('id');
    if (!parent) throw new NotFoundError('Territory', q.parent);
    query.whereExists(function () {
      this.from('territory_memberships as m').whereRaw('m.child_id = t.id').where('m.parent_id', parent.id).whereNull('m.valid_to');
    });
  }
  const rows = await query;
  const memberships = rows.length
    ? await db('territory_memberships as m')
        .join('territories as p', 'p.id', 'm.parent_id')
        .whereIn('m.child_id', rows.map((r) => r.id))
        .select<Parent[]>('m.child_id', 'p.code', 'p.level', 'm.valid_from', 'm.valid_to')
        .orderBy('p.code')
    : [];
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    // territories_level_check keeps it within TERRITORY_LEVELS.
    level: r.level as TerritoryLevel,
    istatCode: r.istat_code,
    nutsCode: r.nuts_code,
    number: r.number,
    suppressed: Boolean(attributesOf(r).suppressed),
    parents: memberships
      .filter((m) => m.child_id === r.id)
      .map((m) => ({ code: m.code, level: m.level, validFrom: m.valid_from, validTo: m.valid_to })),
    attributes: attributesOf(r),
    sourceUrl: r.source_url,
  }));
}
