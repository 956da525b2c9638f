import fs from 'node:fs';
import type { Knex } from 'knex';
import type { Actor } from '../../../auth/roles';
import type { IndicatorValue, ValuesReport } from '../../../contract/indicator-values';
import { type InputIssue, InvalidFileError, InvalidParamsError } from '../../../errors/errors';
import type { ReceivedUpload } from '../../../http/multipart';
import type { FileResult } from '../../../http/route-def';
import type { ColumnNames } from '../../../imports/manual/check-rows';
import { saveValues } from '../../../imports/manual/manual-entry';
import { delimitedCell } from '../../../lib/csv';
import { cellOf, mapColumns, readTableFile } from '../../../lib/table-file';
import { findIndicator } from './service';

/** A template is a few thousand rows at most. */
export const TEMPLATE_MAX_BYTES = 5 * 1024 * 1024;

/** The template's columns, in Italian, and the other headers a filled template may use. */
const HEADERS = {
  territory: ['territorio', 'territory'],
  period: ['periodo', 'period'],
  value: ['valore', 'value'],
  provisional: ['provvisorio', 'provisional'],
  estimated: ['stimato', 'estimated'],
  breakInSeries: ['interruzione', 'break_in_series'],
  note: ['nota', 'note'],
  sourceDocument: ['documento', 'source_document'],
} as const;
const TEMPLATE_COLUMNS: ColumnNames = { territory: 'territorio', period: 'periodo', value: 'valore', note: 'nota', sourceDocument: 'documento' };

/** The indicator's current values, by territory and period (the grid's rows). */
export async function listValues(db: Knex, code: string): Promise<IndicatorValue[]> {
  // Analysts fill the grid of a draft before publishing it.
  const indicator = await findIndicator(db, code, { drafts: true });
  const rows = await db('observations as o')
    .join('territories as t', 't.id', 'o.territory_id')
    .where('o.indicator_id', indicator.id)
    .whereNull('o.superseded_at')
    .orderBy([{ column: 't.code' }, { column: 'o.period_start' }])
    .select('t.code', 't.name', 'o.period', 'o.value', 'o.provisional', 'o.estimated', 'o.break_in_series', 'o.note', 'o.source_document', 'o.import_batch_id');
  return rows.map((r) => ({
    territory: { code: r.code, name: r.name },
    period: r.period,
    value: Number(r.value),
    provisional: r.provisional,
    estimated: r.estimated,
    breakInSeries: r.break_in_series,
    note: r.note,
    sourceDocument: r.source_document,
    batchId: r.import_batch_id,
  }));
}

/** Flags as the template writes them: "sì" or empty. */
const yes = (b: boolean) => (b ? 'sì' : '');
/** A decimal comma, as an Italian spreadsheet expects. */
const decimal = (n: number) => String(n).replace('.', ',');

/** The template: the current values with Italian headers, `;` separated, with a BOM so Excel reads UTF-8. */
export async function valuesTemplate(db: Knex, code: string): Promise<FileResult> {
  const values = await listValues(db, code);
  const header = Object.values(HEADERS).map((h) => h[0]);
  const lines = [header, ...values.map((v) => [v.territory.code, v.period, decimal(v.value), yes(v.provisional), yes(v.estimated), yes(v.breakInSeries), v.note, v.sourceDocument])];
  const csv = lines.map((l) => l.map((c) => delimitedCell(c, ';')).join(';')).join('\r\n') + '\r\n';
  return { body: Buffer.from(`\ufeff${csv}`, 'utf8'), contentType: 'text/csv; charset=utf-8', fileName: `valori_${code}.csv` };
}

const FLAG_TRUE = new Set(['si', 'sì', 's', 'yes', 'y', 'true', '1', 'x']);
const FLAG_FALSE = new Set(['', 'no', 'n', 'false', '0']);

/** A filled template loaded back: each line becomes a grid row; problems name the CSV line and column. */
export async function uploadValues(db: Knex, actor: Actor, code: string, upload: ReceivedUpload, dryRun: boolean): Promise<ValuesReport> {
  const unknown = [...upload.fields.keys()];
  if (unknown.length) throw new InvalidParamsError(unknown.map((name) => ({ name, message: 'unknown field; the only field is file' })));
  await findIndicator(db, code, { drafts: true });
  const bytes = await fs.promises.readFile(upload.tempPath);
  const table = await readTableFile(upload.fileName, bytes);
  const col = mapColumns(upload.fileName, table.header, HEADERS as unknown as Record<keyof typeof HEADERS, string[]>, ['territory', 'period', 'value']);
  const issues: InputIssue[] = [];
  const rows = [];
  for (const r of table.records) {
    const flag = (f: 'provisional' | 'estimated' | 'breakInSeries') => {
      const v = cellOf(r.cells, col[f]).toLowerCase();
      if (!FLAG_TRUE.has(v) && !FLAG_FALSE.has(v)) issues.push({ row: r.line, column: HEADERS[f][0], message: `"${v}" is not sì or no`, code: 'flag.invalid', params: { value: v } });
      return FLAG_TRUE.has(v);
    };
    const cells = {
      territory: cellOf(r.cells, col.territory),
      period: cellOf(r.cells, col.period),
      value: cellOf(r.cells, col.value),
      provisional: flag('provisional'),
      estimated: flag('estimated'),
      breakInSeries: flag('breakInSeries'),
      note: cellOf(r.cells, col.note),
      sourceDocument: cellOf(r.cells, col.sourceDocument),
    };
    rows.push({ row: r.line, cells });
  }
  if (issues.length) throw new InvalidFileError(upload.fileName, issues);
  if (!rows.length) throw new InvalidFileError(upload.fileName, [{ row: 2, message: 'the file has no value under its header', code: 'file.noRows', params: {} }]);
  return saveValues(db, actor, code, { rows, columns: TEMPLATE_COLUMNS, fileName: upload.fileName, bytes }, dryRun);
}
