import type { Knex } from 'knex';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** One checked value, ready to compare with what the database holds. */
export type StageRow = {
  /** Negative for an indicator the import will create (its id is known only after the file is read). */
  indicatorId: number;
  territoryId: number;
  period: string;
  periodStart: string;
  value: number;
  provisional: boolean;
  estimated: boolean;
  breakInSeries: boolean;
  sourceFlag: string | null;
  sourceRow: number;
  /** The analyst's note on the value (manual entry; files have none). */
  note?: string | null;
  /** The document or act the value comes from: a text or an http(s) link (manual entry). */
  sourceDocument?: string | null;
};

/** The observation columns an import stages (and writes), in COPY order. */
export const STAGE_COLUMNS = [
  'indicator_id',
  'territory_id',
  'period',
  'period_start',
  'value',
  'provisional',
  'estimated',
  'break_in_series',
  'source_flag',
  'source_row',
  'note',
  'source_document',
] as const;

/**
 * The staging table: a temporary table in the import's transaction, same value types as observations
 * (numeric(20,6), so a re-import compares equal), no index, dropped at commit.
 */
export async function createStage(trx: Knex): Promise<void> {
  await trx.raw(`create temporary table import_stage (
    indicator_id integer not null, territory_id integer not null, period text not null, period_start date not null,
    value numeric(20,6) not null, provisional boolean not null, estimated boolean not null,
    break_in_series boolean not null, source_flag text, source_row integer not null, note text, source_document text
  ) on commit drop`);
}

export type StageWriter = { write: (row: StageRow) => Promise<void> | void; end: () => Promise<void> };

/** COPY text format escaping for the free-text columns. */
const copyText = (s: string | null) => (s === null ? '\\N' : s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r'));

/** PostgreSQL server: rows stream through COPY, in ~256 KiB chunks, with backpressure. */
async function copyWriter(trx: Knex): Promise<StageWriter> {
  // Inside a transaction knex hands back the transaction's own connection.
  const conn = (await trx.client.acquireConnection()) as PoolClient;
  const stream = conn.query(copyFrom(`copy import_stage (${STAGE_COLUMNS.join(', ')}) from stdin`));
  let failed: Error | null = null;
  const done = new Promise<void>((resolve, reject) => {
    stream.on('finish', resolve);
    stream.on('error', (err) => {
      failed = err;
      reject(err);
    });
  });
  done.catch(() => undefined);
  let buf = '';
  const flush = async () => {
    if (failed) throw failed;
    const chunk = buf;
    buf = '';
    if (!stream.write(chunk)) await new Promise<void>((resolve) => stream.once('drain', resolve));
  };
  return {
    write: (r) => {
      buf += `${r.indicatorId}\t${r.territoryId}\t${r.period}\t${r.periodStart}\t${r.value}\t${r.provisional ? 't' : 'f'}\t${r.estimated ? 't' : 'f'}\t${r.breakInSeries ? 't' : 'f'}\t${copyText(r.sourceFlag)}\t${r.sourceRow}\t${copyText(r.note ?? null)}\t${copyText(r.sourceDocument ?? null)}\n`;
      if (buf.length >= 256 * 1024) return flush();
    },
    end: async () => {
      if (buf) await flush();
      stream.end();
      await done;
    },
  };
}

/** Embedded PostgreSQL: multi-row inserts of 1,000 rows. */
function insertWriter(trx: Knex): StageWriter {
  let rows: Record<string, unknown>[] = [];
  const flush = async () => {
    const batch = rows;
    rows = [];
    if (batch.length) await trx('import_stage').insert(batch);
  };
  return {
    write: (r) => {
      rows.push({
        indicator_id: r.indicatorId,
        territory_id: r.territoryId,
        period: r.period,
        period_start: r.periodStart,
        value: r.value,
        provisional: r.provisional,
        estimated: r.estimated,
        break_in_series: r.breakInSeries,
        source_flag: r.sourceFlag,
        source_row: r.sourceRow,
        note: r.note ?? null,
        source_document: r.sourceDocument ?? null,
      });
      if (rows.length >= 1000) return flush();
    },
    end: flush,
  };
}

export async function stageWriter(trx: Knex): Promise<StageWriter> {
  return trx.client.config.client === 'pg' ? copyWriter(trx) : insertWriter(trx);
}
