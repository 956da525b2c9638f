import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import type { Actor } from '../../auth/roles';
import type { ValuesReport } from '../../contract/indicator-values';
import type { IndicatorSource } from '../../contract/values';
import type { IndicatorRow } from '../../db/rows';
import { AppError, type InputIssue, NotFoundError } from '../../errors/errors';
import { TerritoryResolver } from '../mapping/territories';
import { applyChanges, countChanges } from '../pipeline/apply';
import { emptyReport } from '../pipeline/report/report-builder';
import { IMPORT_LOCK } from '../pipeline/run-import';
import { createStage, stageWriter } from '../pipeline/stage';
import { API_COLUMNS, checkRows, type ColumnNames, type NumberedRow } from './check-rows';
import { listChanges } from './changes';

/** The batches' format for values typed in the grid or loaded from its template. */
export const MANUAL_FORMAT = 'manuale';
export const MANUAL_FORMAT_LABEL = 'Inserimento manuale / Manual entry';

/** A cell the analyst typed is not a value we can store: 422 naming row, column, territory and period; nothing is written. */
export class InvalidValuesError extends AppError {
  constructor(issues: InputIssue[]) {
    super(422, 'invalid-values', 'Valori non validi / Invalid values', `${issues.length} problem(s) in the values: nothing was saved.`, issues);
  }
}

class Rollback extends Error {}

export type ManualSource = { rows: NumberedRow[]; columns?: ColumnNames; fileName?: string; bytes?: Buffer };

/**
 * Saves values typed in the grid (or loaded from the template) as a batch, exactly like an import: the
 * rows are checked, staged in the import's staging table and compared with the current values by the
 * import's own steps; a dry run answers the counts and the changes (before → after) and writes nothing;
 * a commit closes the revised values as an older vintage, adds the new ones and records the batch
 * (format "manuale"), which the import history lists and can roll back.
 */
export async function saveValues(db: Knex, actor: Actor, code: string, src: ManualSource, dryRun: boolean): Promise<ValuesReport> {
  const indicator = await db<IndicatorRow>('indicators').where({ code }).first();
  if (!indicator) throw new NotFoundError('Indicator', code);
  const checked = checkRows(indicator.id, src.rows, await TerritoryResolver.load(db), src.columns ?? API_COLUMNS);
  if (checked.issues.length) throw new InvalidValuesError(checked.issues);

  const bytes = src.bytes ?? Buffer.from(JSON.stringify(src.rows.map((r) => r.cells)));
  const fileName = src.fileName ?? `inserimento-manuale-${code}.json`;
  const checksum = createHash('sha256').update(bytes).digest('hex');
  // The batch keeps the import's report; the changes listed are the answer's only.
  const report = emptyReport(dryRun ? 'preview' : 'commit', { name: fileName, size: bytes.length, checksum }, { indicator: code });
  let listed: Pick<ValuesReport, 'changes' | 'changesTruncated'> = { changes: [], changesTruncated: false };
  report.file.format = MANUAL_FORMAT;
  report.file.formatLabel = MANUAL_FORMAT_LABEL;
  const c = report.counts;
  c.records = src.rows.length;
  c.valid = checked.staged.length;
  c.missing = checked.missing;
  report.indicators = [{ sourceCode: null, code, name: indicator.name, created: false, rows: checked.staged.length }];
  report.territories = new Set(checked.staged.map((r) => r.territoryId)).size;
  const byStart = [...checked.staged].sort((a, b) => a.periodStart.localeCompare(b.periodStart));
  report.periods = byStart.length ? { first: byStart[0]!.period, last: byStart.at(-1)!.period } : null;

  try {
    return await db.transaction(async (trx) => {
      // One batch writes at a time, imports and manual entries alike.
      if (!dryRun) await trx.raw('select pg_advisory_xact_lock(?)', [IMPORT_LOCK]);
      await createStage(trx);
      const writer = await stageWriter(trx);
      for (const row of checked.staged) await writer.write(row);
      await writer.end();
      await countChanges(trx, report);
      listed = await listChanges(trx);
      if (dryRun || c.inserted + c.updated === 0) {
        // Nothing to write (all unchanged) commits no batch: there would be nothing to roll back.
        report.status = dryRun ? 'previewed' : 'committed';
        throw new Rollback();
      }
      await applyChanges(trx, report, { indicator: code }, indicator.source as IndicatorSource, { mode: 'commit', actor: actor.actor, userId: actor.userId });
      report.status = 'committed';
      return { ...report, ...listed };
    });
  } catch (err) {
    if (err instanceof Rollback) return { ...report, ...listed };
    throw err;
  }
}
