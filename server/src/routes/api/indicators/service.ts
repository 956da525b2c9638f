import type { Knex } from 'knex';
import type { z } from 'zod';
import { countRows } from '../../../db/knex';
import { containsPattern } from '../../../lib/sql';
import { NotFoundError } from '../../../errors/errors';
import { toIndicatorMeta } from '../../../indicators/meta';
import type { IndicatorDetail, indicatorList, indicatorListQuery, strategyLink, Target } from '../../../contract/indicators';

async function strategyLinks(db: Knex, indicatorIds: number[]): Promise<Map<number, z.infer<typeof strategyLink>[]>> {
  const rows = await db('indicator_strategies as x')
    .join('strategies as s', 's.id', 'x.strategy_id')
    .join('plans as p', 'p.id', 's.plan_id')
    .whereIn('x.indicator_id', indicatorIds)
    .select('x.indicator_id', 'p.code as plan', 's.code as strategy', 's.title', 'x.demonstration', 'x.rationale')
    .orderBy('p.code')
    .orderByRaw(`string_to_array(s.code, '.')::int[]`);
  const map = new Map<number, z.infer<typeof strategyLink>[]>();
  for (const r of rows) {
    const list = map.get(r.indicator_id) ?? [];
    list.push({ plan: r.plan, strategy: r.strategy, title: r.title, demonstration: r.demonstration, rationale: r.rationale });
    map.set(r.indicator_id, list);
  }
  return map;
}

export async function listIndicators(
  db: Knex,
  q: z.infer<typeof indicatorListQuery>,
): Promise<z.infer<typeof indicatorList>> {
  const base = db('indicators as i');
  if (q.source) base.where('i.source', q.source);
  if (q.q) {
    const like = containsPattern(q.q);
    base.where((w) => w.whereILike('i.code', like).orWhereILike('i.name', like).orWhereILike('i.definition', like).orWhereILike('i.name_en', like));
  }
  if (q.strategy || q.plan) {
    base.whereExists(function () {
      this.from('indicator_strategies as x')
        .join('strategies as s', 's.id', 'x.strategy_id')
        .join('plans as p', 'p.id', 's.plan_id')
        .whereRaw('x.indicator_id = i.id');
      if (q.strategy) this.where('s.code', q.strategy);
      if (q.plan) this.where('p.code', q.plan);
    });
  }
  const total = await countRows(base);
  const rows = await base
    .select('i.*')
    .orderBy('i.code')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const links = await strategyLinks(db, rows.map((r) => r.id));
  return {
    items: rows.map((r) => ({ ...toIndicatorMeta(r), strategies: links.get(r.id) ?? [] })),
    page: q.page,
    pageSize: q.pageSize,
    total,
  };
}

export async function findIndicator(db: Knex, code: string): Promise<{ id: number } & Record<string, unknown>> {
  const row = await db('indicators').where({ code }).first();
  if (!row) throw new NotFoundError('Indicator', code);
  return row;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a joined knex row
const toTarget = (r: Record<string, any>): Target => ({
  id: r.id,
  territory: { code: r.territory_code, name: r.territory_name },
  plan: r.plan_code ?? null,
  period: r.period,
  value: Number(r.value),
  description: r.description,
  sourceUrl: r.source_url,
});

/** The targets `where` selects (on `g`), by territory, plan (none first) and period. */
export async function findTargets(db: Knex, where: (q: Knex.QueryBuilder) => Knex.QueryBuilder): Promise<Target[]> {
  const rows = await where(
    db('targets as g')
      .join('territories as t', 't.id', 'g.territory_id')
      .leftJoin('plans as p', 'p.id', 'g.plan_id')
      .select('g.*', 't.code as territory_code', 't.name as territory_name', 'p.code as plan_code'),
  ).orderBy([{ column: 't.code' }, { column: 'p.code', order: 'asc', nulls: 'first' }, { column: 'g.period' }, { column: 'g.id' }]);
  return rows.map(toTarget);
}

export async function getIndicator(db: Knex, code: string): Promise<IndicatorDetail> {
  const row = await findIndicator(db, code);
  const [links, coverage, batches, targets] = await Promise.all([
    strategyLinks(db, [row.id]),
    db('observations as o')
      .join('territories as t', 't.id', 'o.territory_id')
      .where('o.indicator_id', row.id)
      .whereNull('o.superseded_at')
      .groupBy('t.code', 't.name', 't.level')
      .select('t.code', 't.name', 't.level')
      .count({ n: '*' })
      .min({ first: 'o.period' })
      .max({ last: 'o.period' })
      .orderBy('t.code') as unknown as Promise<{ code: string; name: string; level: string; n: number; first: string; last: string }[]>,
    db('import_batches as b')
      .join('observations as o', 'o.import_batch_id', 'b.id')
      .where('o.indicator_id', row.id)
      .groupBy('b.id')
      .select('b.id', 'b.file_name', 'b.format', 'b.checksum', 'b.created_at')
      .count({ n: '*' })
      .orderBy('b.id') as unknown as Promise<{ id: number; file_name: string; format: string; checksum: string; created_at: string; n: number }[]>,
    findTargets(db, (q) => q.where('g.indicator_id', row.id)),
  ]);
  return {
    ...toIndicatorMeta(row),
    strategies: links.get(row.id) ?? [],
    coverage: coverage.map((c) => ({
      territory: { code: c.code, name: c.name, level: c.level },
      observations: Number(c.n),
      firstPeriod: c.first,
      lastPeriod: c.last,
    })),
    batches: batches.map((b) => ({
      id: b.id,
      fileName: b.file_name,
      format: b.format,
      checksum: b.checksum,
      createdAt: new Date(b.created_at).toISOString(),
      observations: Number(b.n),
    })),
    targets,
  };
}
