import type { Knex } from 'knex';
import { type AsOf, asOfParam } from '../contract/observations';
import { REVISED_FIELDS, type Revision, type RevisionList, type RevisionVintage } from '../contract/revisions';
import type { ImportBatchRow, IndicatorRow, ObservationRow, TerritoryRow } from '../db/rows';
import { NotFoundError } from '../errors/errors';
import { currentAt, isoUtc } from './vintages';
import { publishedOnly } from './visibility';

export type RevisionQuery = {
  /** Indicator code. */
  indicator: string;
  /** Territory codes; all the indicator's territories when absent. */
  territories?: string[];
  /** Compare with the values current at that moment; without it, with the first value published. */
  since?: AsOf | string;
  /** Take the revised values as current at that moment; without it, the current ones. */
  asOf?: AsOf | string;
};

type VintageColumns = Pick<ObservationRow, 'value' | 'provisional' | 'estimated' | 'break_in_series' | 'import_batch_id'> & {
  format: ImportBatchRow['format'] | null;
  recorded_at: string;
};
type RevisionJoin = { territory: TerritoryRow['code']; territory_name: TerritoryRow['name']; period: string; revisions: number } & {
  [K in keyof VintageColumns as `p_${K}` | `c_${K}`]: VintageColumns[K];
};

const moment = (m: AsOf | string | undefined): AsOf | undefined => (typeof m === 'string' ? asOfParam.parse(m) : m);

async function territoryIds(db: Knex, codes: string[]): Promise<number[]> {
  const rows = await db<TerritoryRow>('territories').whereIn('code', codes).select('id', 'code');
  const unknown = codes.filter((c) => !rows.some((t) => t.code === c));
  if (unknown.length) throw new NotFoundError('Territory', unknown.join(','));
  return rows.map((t) => t.id);
}

/** The indicator's rows in these territories (all when null), as `alias`. */
function scoped(db: Knex, alias: string, indicatorId: number, territories: number[] | null): Knex.QueryBuilder {
  const q = db(`observations as ${alias}`).where(`${alias}.indicator_id`, indicatorId);
  if (territories) q.whereIn(`${alias}.territory_id`, territories);
  return q;
}

/** The vintage each point is compared with: the one current at `since`, or the first one recorded. */
function baseline(db: Knex, indicatorId: number, territories: number[] | null, since: AsOf | undefined): Knex.QueryBuilder {
  const q = scoped(db, 'o', indicatorId, territories).select('o.*');
  if (since) currentAt(q, since);
  else
    q.whereNotExists(
      db('observations as e')
        .whereRaw('e.indicator_id = o.indicator_id and e.territory_id = o.territory_id and e.period = o.period')
        .whereRaw('(e.recorded_at < o.recorded_at or (e.recorded_at = o.recorded_at and e.id < o.id))')
        .select(db.raw('1')),
    );
  return q;
}

const vintageColumns = (db: Knex, alias: 'p' | 'c', batch: string) => [
  `${alias}.value as ${alias}_value`,
  `${alias}.provisional as ${alias}_provisional`,
  `${alias}.estimated as ${alias}_estimated`,
  `${alias}.break_in_series as ${alias}_break_in_series`,
  `${alias}.import_batch_id as ${alias}_import_batch_id`,
  `${batch}.format as ${alias}_format`,
  isoUtc(db, `${alias}.recorded_at`, `${alias}_recorded_at`),
];

function vintage(r: RevisionJoin, alias: 'p' | 'c'): RevisionVintage {
  return {
    value: r[`${alias}_value`],
    provisional: r[`${alias}_provisional`],
    estimated: r[`${alias}_estimated`],
    breakInSeries: r[`${alias}_break_in_series`],
    importBatchId: r[`${alias}_import_batch_id`],
    format: r[`${alias}_format`],
    recordedAt: r[`${alias}_recorded_at`],
  };
}

/**
 * The points of an indicator whose value or flags a later import changed: for each territory and
 * period, the value published at `since` (or first published) and the one current now (or at
 * `asOf`), with the batches that wrote them. A point revised and then revised back to the same value
 * and flags is not listed; a point first published after `since` is new, not revised.
 */
export async function listRevisions(db: Knex, q: RevisionQuery): Promise<RevisionList> {
  const indicator = await publishedOnly(db<IndicatorRow>('indicators as i').where('i.code', q.indicator)).first('i.id', 'i.code', 'i.unit');
  if (!indicator) throw new NotFoundError('Indicator', q.indicator);
  const territories = q.territories ? await territoryIds(db, q.territories) : null;
  const since = moment(q.since);
  const asOf = moment(q.asOf);
  const latest = scoped(db, 'o', indicator.id, territories).select('o.*');
  if (asOf) currentAt(latest, asOf);
  else latest.whereNull('o.superseded_at');

  const rows = await db
    .from(baseline(db, indicator.id, territories, since).as('p'))
    .join(latest.as('c'), (j) => j.on('c.territory_id', 'p.territory_id').andOn('c.period', 'p.period').andOn('c.id', '<>', 'p.id'))
    .join('territories as t', 't.id', 'p.territory_id')
    .leftJoin('import_batches as pb', 'pb.id', 'p.import_batch_id')
    .leftJoin('import_batches as cb', 'cb.id', 'c.import_batch_id')
    .select<RevisionJoin[]>(
      't.code as territory',
      't.name as territory_name',
      'p.period',
      ...vintageColumns(db, 'p', 'pb'),
      ...vintageColumns(db, 'c', 'cb'),
      db.raw(
        `(select count(*) from observations e where e.indicator_id = p.indicator_id and e.territory_id = p.territory_id
          and e.period = p.period and e.recorded_at > p.recorded_at and e.recorded_at <= c.recorded_at)::int as revisions`,
      ),
    )
    .orderBy('t.code')
    .orderBy('p.period_start');

  const items: Revision[] = [];
  for (const r of rows) {
    const previous = vintage(r, 'p');
    const current = vintage(r, 'c');
    const changes = REVISED_FIELDS.filter((f) => previous[f] !== current[f]);
    if (changes.length) items.push({ territory: r.territory, territoryName: r.territory_name, period: r.period, previous, current, changes, revisions: r.revisions });
  }
  return {
    indicator: indicator.code,
    unit: indicator.unit,
    since: since?.written ?? null,
    asOf: asOf?.written ?? null,
    items,
    total: items.length,
  };
}

/**
 * For a report pinned at `since`: which of the values current then have been revised since, and to
 * what (the value current now).
 */
export function revisionsSince(db: Knex, q: { indicator: string; territories?: string[]; since: AsOf | string }): Promise<RevisionList> {
  return listRevisions(db, q);
}
