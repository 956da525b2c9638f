import type { Knex } from 'knex';
import type { z } from 'zod';
import { countRows } from '../../../db/knex';
import { sideBySide } from '../../../db/side-by-side';
import { containsPattern } from '../../../lib/sql';
import { NotFoundError } from '../../../errors/errors';
import { toIndicatorMeta } from '../../../indicators/meta';
import { findTargets } from '../../../indicators/targets';
import { publishedOnly } from '../../../indicators/visibility';
import type { IndicatorStatus } from '../../../contract/indicator-drafts';
import type { IndicatorDetail, indicatorList, indicatorListQuery, strategyLink } from '../../../contract/indicators';
import type { ImportBatchRow, IndicatorRow, OfficeRow, IndicatorStrategyRow, PlanRow, StrategyRow, TerritoryRow } from '../../../db/rows';

/** A link of an indicator to a strategy, with the strategy's plan. */
type StrategyLinkJoin = Pick<IndicatorStrategyRow, 'indicator_id' | 'demonstration' | 'rationale'> &
  Pick<StrategyRow, 'title'> & { plan: PlanRow['code']; strategy: StrategyRow['code'] };
/** The observations of the indicator in one territory: how many, first and last period. */
type Coverage = Pick<TerritoryRow, 'code' | 'name' | 'level'> & { n: number; first: string; last: string };
/** An import batch that brought observations of the indicator, with how many. */
type BatchCount = Pick<ImportBatchRow, 'id' | 'format' | 'checksum' | 'created_at' | 'committed_at' | 'status'> & { n: number };

async function strategyLinks(db: Knex, indicatorIds: number[]): Promise<Map<number, z.infer<typeof strategyLink>[]>> {
  const rows = await db('indicator_strategies as x')
    .join('strategies as s', 's.id', 'x.strategy_id')
    .join('plans as p', 'p.id', 's.plan_id')
    .whereIn('x.indicator_id', indicatorIds)
    .select<StrategyLinkJoin[]>('x.indicator_id', 'p.code as plan', 's.code as strategy', 's.title', 'x.demonstration', 'x.rationale')
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

/** Which indicators a read sees: the public ones, or (back-office) drafts too, optionally only one status. */
export type Visibility = { drafts?: boolean; status?: IndicatorStatus };

/** The rows of a page of the catalogue, with their strategy links and the total. */
export async function listIndicatorRows(
  db: Knex,
  q: z.infer<typeof indicatorListQuery>,
  visibility: Visibility = {},
): Promise<{ rows: IndicatorRow[]; links: Map<number, z.infer<typeof strategyLink>[]>; total: number }> {
  const base = db('indicators as i');
  if (!visibility.drafts) publishedOnly(base);
  else if (visibility.status) base.where('i.status', visibility.status);
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
    .select<IndicatorRow[]>('i.*')
    .orderBy('i.code')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { rows, links: await strategyLinks(db, rows.map((r) => r.id)), total };
}

/** The public catalogue: published indicators only. */
export async function listIndicators(
  db: Knex,
  q: z.infer<typeof indicatorListQuery>,
): Promise<z.infer<typeof indicatorList>> {
  const { rows, links, total } = await listIndicatorRows(db, q);
  return {
    items: rows.map((r) => ({ ...toIndicatorMeta(r), strategies: links.get(r.id) ?? [] })),
    page: q.page,
    pageSize: q.pageSize,
    total,
  };
}

/** The indicator with this code: 404 for a draft unless the caller is the back-office (`drafts`). */
export async function findIndicator(db: Knex, code: string, visibility: Visibility = {}): Promise<IndicatorRow> {
  const query = db('indicators as i').where('i.code', code);
  const row = await (visibility.drafts ? query : publishedOnly(query)).first<IndicatorRow | undefined>('i.*');
  if (!row) throw new NotFoundError('Indicator', code);
  return row;
}

export async function getIndicator(db: Knex, code: string, visibility: Visibility = {}): Promise<IndicatorDetail> {
  return detailOf(db, await findIndicator(db, code, visibility));
}

/** An indicator's page: metadata, strategies, coverage, the files its values came from, targets. */
export async function detailOf(db: Knex, row: IndicatorRow): Promise<IndicatorDetail> {
  const [links, coverage, batches, targets, office] = await sideBySide(
    db,
    () => strategyLinks(db, [row.id]),
    () =>
      db('observations as o')
        .join('territories as t', 't.id', 'o.territory_id')
        .where('o.indicator_id', row.id)
        .whereNull('o.superseded_at')
        .groupBy('t.code', 't.name', 't.level')
        .select('t.code', 't.name', 't.level')
        .count({ n: '*' })
        .min({ first: 'o.period' })
        .max<{ last: string }, Coverage[]>({ last: 'o.period' })
        .orderBy('t.code'),
    () =>
      db('import_batches as b')
        .join('observations as o', 'o.import_batch_id', 'b.id')
        .where('o.indicator_id', row.id)
        .groupBy('b.id')
        .select('b.id', 'b.format', 'b.checksum', 'b.created_at', 'b.committed_at', 'b.status')
        .count<{ n: string }, BatchCount[]>({ n: '*' })
        .orderBy('b.id'),
    () => findTargets(db, (q) => q.where('g.indicator_id', row.id)),
    () => (row.responsible_office_id ? db<OfficeRow>('offices').where({ id: row.responsible_office_id }).first('id', 'code', 'name') : Promise.resolve(undefined)),
  );
  // Our load date: the latest committed batch that brought values of the indicator.
  const loaded = batches
    .filter((b) => b.status === 'committed')
    .map((b) => b.committed_at ?? b.created_at)
    .sort((a, b) => b.getTime() - a.getTime())[0];
  return {
    ...toIndicatorMeta(row),
    strategies: links.get(row.id) ?? [],
    coverage: coverage.map((c) => ({
      territory: { code: c.code, name: c.name, level: c.level },
      observations: c.n,
      firstPeriod: c.first,
      lastPeriod: c.last,
    })),
    batches: batches.map((b) => ({
      id: b.id,
      format: b.format,
      checksum: b.checksum,
      createdAt: b.created_at.toISOString(),
      observations: b.n,
    })),
    targets,
    loadedAt: loaded ? loaded.toISOString() : null,
    responsibleOffice: office ? { id: office.id, code: office.code, name: office.name } : null,
  };
}
