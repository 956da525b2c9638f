import type { Knex } from 'knex';
import type { z } from 'zod';
import { NotFoundError } from '../../../errors/errors';
import type { Observation, observationQuery } from '../../../contract/observations';
import { currentAt, isoUtc } from '../../../indicators/vintages';
import { csvCell } from '../../../lib/csv';
import type { ImportBatchRow, IndicatorRow, ObservationRow, TerritoryRow } from '../../../db/rows';
import { publishedOnly } from '../../../indicators/visibility';

/** An observation with its indicator, territory and (left-joined) batch; timestamps as ISO text (`isoUtc`). */
type ObservationJoin = Pick<
  ObservationRow,
  'period' | 'value' | 'provisional' | 'estimated' | 'break_in_series' | 'note' | 'source_row' | 'source_url' | 'import_batch_id'
> &
  Pick<IndicatorRow, 'unit'> & {
    indicator: IndicatorRow['code'];
    territory: TerritoryRow['code'];
    territory_name: TerritoryRow['name'];
    file_name: ImportBatchRow['file_name'] | null;
    recorded_at: string;
    superseded_at: string | null;
  };

/** Period strings sort like their start dates within one frequency; `to` covers the whole year. */
function periodStart(p: string): string {
  const [year, part] = p.split('-');
  if (!part) return `${year}-01-01`;
  if (part.startsWith('Q')) return `${year}-${String((Number(part[1]) - 1) * 3 + 1).padStart(2, '0')}-01`;
  if (part.startsWith('S')) return `${year}-${part[1] === '1' ? '01' : '07'}-01`;
  return `${year}-${part}-01`;
}

/**
 * Current values by default; with `asOf` those current at that moment; with `vintages=all` every
 * vintage, oldest first within a period.
 */
export async function listObservations(db: Knex, q: z.infer<typeof observationQuery>): Promise<Observation[]> {
  const indicators = await publishedOnly(db<IndicatorRow>('indicators as i').whereIn('i.code', q.indicator)).select('i.id', 'i.code');
  const missing = q.indicator.filter((c) => !indicators.some((i) => i.code === c));
  if (missing.length) throw new NotFoundError('Indicator', missing.join(','));
  const query = db('observations as o')
    .join('indicators as i', 'i.id', 'o.indicator_id')
    .join('territories as t', 't.id', 'o.territory_id')
    .leftJoin('import_batches as b', 'b.id', 'o.import_batch_id')
    .whereIn('o.indicator_id', indicators.map((i) => i.id))
    .select<ObservationJoin[]>(
      'i.code as indicator',
      'i.unit',
      't.code as territory',
      't.name as territory_name',
      'o.period',
      'o.value',
      'o.provisional',
      'o.estimated',
      'o.break_in_series',
      'o.note',
      'b.file_name',
      'o.source_row',
      'o.source_url',
      'o.import_batch_id',
      isoUtc(db, 'o.recorded_at', 'recorded_at'),
      isoUtc(db, 'o.superseded_at', 'superseded_at'),
    )
    .orderBy('i.code')
    .orderBy('t.code')
    .orderBy('o.period_start')
    .orderBy('o.recorded_at')
    .orderBy('o.id');
  if (q.asOf) currentAt(query, q.asOf);
  else if (q.vintages === 'current') query.whereNull('o.superseded_at');
  if (q.territory) {
    const territories = await db<TerritoryRow>('territories').whereIn('code', q.territory).select('id', 'code');
    const unknown = q.territory.filter((c) => !territories.some((t) => t.code === c));
    if (unknown.length) throw new NotFoundError('Territory', unknown.join(','));
    query.whereIn('o.territory_id', territories.map((t) => t.id));
  }
  if (q.from) query.where('o.period_start', '>=', periodStart(q.from));
  if (q.to) query.where('o.period_start', '<=', periodStart(q.to).replace(/-01-01$/, '-12-31'));
  const rows = await query;
  return rows.map((r) => ({
    indicator: r.indicator,
    territory: r.territory,
    territoryName: r.territory_name,
    period: r.period,
    value: r.value,
    unit: r.unit,
    provisional: r.provisional,
    estimated: r.estimated,
    breakInSeries: r.break_in_series,
    note: r.note,
    sourceFile: r.file_name,
    sourceRow: r.source_row,
    sourceUrl: r.source_url,
    recordedAt: r.recorded_at,
    importBatchId: r.import_batch_id,
    supersededAt: r.superseded_at,
  }));
}

const CSV_COLUMNS: [string, (o: Observation) => unknown][] = [
  ['indicator', (o) => o.indicator],
  ['territory', (o) => o.territory],
  ['territory_name', (o) => o.territoryName],
  ['period', (o) => o.period],
  ['value', (o) => o.value],
  ['unit', (o) => o.unit],
  ['provisional', (o) => o.provisional],
  ['estimated', (o) => o.estimated],
  ['break_in_series', (o) => o.breakInSeries],
  ['note', (o) => o.note],
  ['source_file', (o) => o.sourceFile],
  ['source_row', (o) => o.sourceRow],
  ['source_url', (o) => o.sourceUrl],
  ['recorded_at', (o) => o.recordedAt],
  ['import_batch_id', (o) => o.importBatchId],
  ['superseded_at', (o) => o.supersededAt],
];

/** RFC 4180 CSV, comma-separated with decimal point: for machines; the client offers the Italian layout. */
export function observationsToCsv(items: Observation[]): string {
  const lines = [CSV_COLUMNS.map(([h]) => h).join(',')];
  for (const o of items) lines.push(CSV_COLUMNS.map(([, get]) => csvCell(get(o))).join(','));
  return lines.join('\r\n') + '\r\n';
}
