import type { Knex } from 'knex';
import { writeAudit } from '../../audit/audit';
import { indicatorCodeFromSource } from '../mapping/indicators';
import { importIssue } from '../messages';
import type { IndicatorSource } from '../../contract/values';
import type { ImportOptions } from './options';
import type { ReadState } from './read-and-stage';
import type { ImportContext, ImportReport } from './types';

/** The same indicator, territory and period twice in one file: the file contradicts itself. */
export async function findDuplicates(trx: Knex, state: ReadState, report: ImportReport): Promise<void> {
  const dups = (
    await trx.raw(
      `select d.indicator_id, i.code as indicator, t.code as territory, d.period, d.rows, d.groups
       from (select indicator_id, territory_id, period, (array_agg(source_row order by source_row))[1:5] as rows,
                    count(*) over () as groups, min(source_row) as first_row
             from import_stage group by indicator_id, territory_id, period having count(*) > 1
             order by first_row limit 100) d
       left join indicators i on i.id = d.indicator_id
       join territories t on t.id = d.territory_id
       order by d.first_row`,
    )
  ).rows as { indicator_id: number; indicator: string | null; territory: string; period: string; rows: number[]; groups: number }[];
  if (dups.length === 0) return;
  report.counts.errors += Number(dups[0]!.groups);
  // An indicator the import would create has no row yet: name it by the file's code.
  const toCreate = new Map([...state.toCreate.values()].map((c) => [c.tempId, c.sourceCode]));
  for (const d of dups) {
    const indicator = d.indicator ?? toCreate.get(d.indicator_id);
    const params = { rows: d.rows, indicator: indicator ?? null, territory: d.territory, period: d.period };
    report.errors.push(importIssue('row.duplicate', params, { row: d.rows[1], ...(state.valueColumn ? { column: state.valueColumn } : {}) }));
  }
  if (Number(dups[0]!.groups) > dups.length) report.errorsTruncated = true;
}

/** `source`: the batch's, credited to the indicators it creates too. */
export async function createIndicators(
  trx: Knex,
  state: ReadState,
  report: ImportReport,
  fileName: string,
  source: IndicatorSource,
  ctx: ImportContext,
): Promise<void> {
  for (const c of state.toCreate.values()) {
    if (c.rows === 0) continue;
    const [row] = await trx('indicators')
      .insert({
        code: indicatorCodeFromSource(c.sourceCode),
        name: c.label ?? c.sourceCode,
        source,
        source_code: c.sourceCode,
        frequency: c.frequency,
        // A draft: the public sees it once an analyst completes its metadata and publishes it.
        status: 'draft',
        notes: `Creato dall'importazione del file ${fileName} (${report.file.formatLabel}); definizione, unità e polarità da completare. / Created by importing ${fileName}; definition, unit and polarity to be completed.`,
      })
      .returning(['id', 'code']);
    await trx('import_stage').where('indicator_id', c.tempId).update({ indicator_id: row.id });
    await writeAudit(trx, [
      { actor: ctx.actor, userId: ctx.userId, action: 'create', resourceType: 'indicator', resourceId: row.code, after: { code: row.code, sourceCode: c.sourceCode, file: fileName, status: 'draft' } },
    ]);
    const entry = report.indicators.find((i) => i.created && i.sourceCode === c.sourceCode);
    if (entry) entry.code = row.code;
  }
}

export const SAME = `o.value = s.value and o.provisional = s.provisional and o.estimated = s.estimated
  and o.break_in_series = s.break_in_series and o.source_flag is not distinct from s.source_flag
  and o.note is not distinct from s.note and o.source_document is not distinct from s.source_document`;
export const KEY = `o.indicator_id = s.indicator_id and o.territory_id = s.territory_id and o.period = s.period and o.superseded_at is null`;

export async function countChanges(trx: Knex, report: ImportReport): Promise<void> {
  const [c] = (
    await trx.raw(
      `select count(*) filter (where o.id is null) as inserted,
              count(*) filter (where o.id is not null and ${SAME}) as unchanged,
              count(*) filter (where o.id is not null and not (${SAME})) as updated
       from import_stage s left join observations o on ${KEY}`,
    )
  ).rows as { inserted: number; unchanged: number; updated: number }[];
  report.counts.inserted = Number(c!.inserted);
  report.counts.unchanged = Number(c!.unchanged);
  report.counts.updated = Number(c!.updated);
}

export async function applyChanges(trx: Knex, report: ImportReport, options: ImportOptions, source: IndicatorSource, ctx: ImportContext): Promise<void> {
  const c = report.counts;
  const batch = {
    file_name: report.file.name,
    format: report.file.format!,
    format_label: report.file.formatLabel,
    checksum: report.file.checksum,
    size_bytes: report.file.size,
    source,
    status: 'committed',
    rows_total: c.records,
    rows_inserted: c.inserted,
    rows_updated: c.updated,
    rows_unchanged: c.unchanged,
    rows_rejected: 0,
    rows_missing: c.missing,
    rows_filtered: c.filteredOut,
    options: JSON.stringify(options),
    committed_at: trx.fn.now(),
    updated_at: trx.fn.now(),
  };
  let batchId: number;
  if (ctx.batchId) {
    batchId = ctx.batchId;
    // A job commits only while the batch is its own: a process that judged this one gone may have failed it.
    const mine = trx('import_batches').where('id', batchId);
    if (ctx.workerId !== undefined) mine.where({ worker_id: ctx.workerId, status: 'committing' });
    const updated = (await mine.update({ ...batch, progress: null }).returning('id')) as { id: number }[];
    if (!updated.length) throw new Error(`Batch ${batchId} is no longer this server's job (another server marked it failed): nothing was written.`);
  } else {
    [{ id: batchId }] = await trx('import_batches')
      .insert({ ...batch, created_by: ctx.userId ?? null, created_by_label: ctx.actor })
      .returning('id');
  }
  report.batchId = batchId;

  if (c.updated > 0) {
    await trx.raw(
      `update observations o set superseded_at = now(), superseded_by_batch_id = ?
       from import_stage s where ${KEY} and not (${SAME})`,
      [batchId],
    );
  }
  if (c.inserted + c.updated > 0) {
    // After closing the revised values, the current rows left with the same key are the unchanged ones.
    const skipUnchanged =
      c.unchanged > 0
        ? `where not exists (select 1 from observations o where ${KEY})`
        : '';
    await trx.raw(
      `insert into observations (indicator_id, territory_id, period, period_start, value, provisional, estimated,
         break_in_series, source_flag, source_row, note, source_document, import_batch_id)
       select s.indicator_id, s.territory_id, s.period, s.period_start, s.value, s.provisional, s.estimated,
         s.break_in_series, s.source_flag, s.source_row, s.note, s.source_document, ? from import_stage s ${skipUnchanged}`,
      [batchId],
    );
  }
  await trx('import_batches').where('id', batchId).update({ report: JSON.stringify({ ...report, status: 'committed' }) });
  await writeAudit(trx, [
    {
      actor: ctx.actor,
      userId: ctx.userId,
      action: 'import',
      resourceType: 'import_batch',
      resourceId: batchId,
      after: { file: report.file, counts: c, options },
    },
  ]);
}
