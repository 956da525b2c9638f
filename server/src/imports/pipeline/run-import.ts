import type { Knex } from 'knex';
import { allowLongStatements } from '../../db/knex';
import type { ImportBatchRow } from '../../db/rows';
import { type InputIssue, InvalidFileError } from '../../errors/errors';
import { importIssue, withCode } from '../messages';
import { applyChanges, countChanges, createIndicators, findDuplicates } from './apply';
import { type ImportFile, inspectFile } from './import-file';
import { type ImportOptions, importOptionsSchema } from '../../contract/imports';
import { canonicalOptions } from './options';
import { readAndStage } from './read-and-stage';
import { emptyReport } from './report/report-builder';
import { createStage } from './stage';
import type { ImportContext, ImportProgress, ImportReport } from './types';

export type * from './types';

class Rollback extends Error {
  constructor(readonly report: ImportReport) {
    super('rollback');
  }
}

/**
 * The indicator import (issue 3) of a file no upload has measured (the CLI's): its size, checksum and
 * lines are computed here, in one pass, and its format detected. See importFile.
 */
export async function runImport(db: Knex, filePath: string, options: ImportOptions, ctx: ImportContext): Promise<ImportReport> {
  const fileName = ctx.fileName ?? filePath.split(/[\\/]/).pop()!;
  return importFile(db, await inspectFile(filePath, fileName, options.format), options, ctx);
}

/**
 * The indicator import (issue 3): reads a file with its format's reader, maps codes, periods, values and
 * flags, stages every checked value in a temporary table (COPY on PostgreSQL), then compares it with what
 * the database holds. A preview stops there and writes nothing; a commit closes the revised values as an
 * older vintage, adds the new ones and records the batch, all in one transaction. Any error in the file
 * and nothing is written.
 */
export async function importFile(db: Knex, file: ImportFile, options: ImportOptions, ctx: ImportContext): Promise<ImportReport> {
  const report = emptyReport(ctx.mode, { name: file.name, size: file.size, checksum: file.checksum }, options);
  const fail = (issues: InputIssue[]): ImportReport => {
    report.errors.push(...issues.map((i) => withCode(i)));
    report.counts.errors = Math.max(report.counts.errors, issues.length);
    report.status = 'invalid';
    return report;
  };

  if ('issues' in file.format) return fail(file.format.issues);
  const { reader } = file.format;
  report.file.format = reader.id;
  report.file.formatLabel = reader.label;
  const progress: ImportProgress = {
    phase: 'reading',
    rowsDone: 0,
    rowsTotal: file.lines === null ? null : Math.max(0, file.lines - 1),
    bytesDone: 0,
    bytesTotal: file.size,
  };
  ctx.onProgress?.({ ...progress });

  // The analyst's choice, else the format's: credited to the batch and to the indicators it creates.
  const source = options.source ?? reader.defaultSource;
  const optionKey = canonicalOptions(options);
  const previous = await db<ImportBatchRow>('import_batches')
    .where({ checksum: file.checksum, status: 'committed' })
    .orderBy('id', 'desc')
    .select('id', 'options', 'committed_at', 'created_at', 'rows_inserted', 'rows_updated', 'rows_unchanged');
  // Batches written otherwise (the seed) carry other options and never count as the same import.
  const same = previous.find((b) => {
    const o = importOptionsSchema.safeParse(typeof b.options === 'string' ? JSON.parse(b.options) : (b.options ?? {}));
    return o.success && canonicalOptions(o.data) === optionKey;
  });
  if (same) {
    report.status = 'already_imported';
    report.alreadyImported = { batchId: same.id, committedAt: new Date(same.committed_at ?? same.created_at).toISOString() };
    progress.phase = 'done';
    ctx.onProgress?.({ ...progress });
    return report;
  }

  try {
    return await db.transaction(async (trx) => {
      // The COPY of the whole file, the insert … select of all its rows and the wait for another commit's lock.
      await allowLongStatements(trx);
      if (ctx.mode === 'commit') await trx.raw('select pg_advisory_xact_lock(?)', [IMPORT_LOCK]);
      const optionProblems = await checkOptions(trx, options);
      if (optionProblems.length) throw new Rollback(fail(optionProblems));
      await createStage(trx);
      const read = await readAndStage(trx, file.path, file.name, reader, options, report, progress, ctx);
      progress.phase = 'checking';
      ctx.onProgress?.({ ...progress });
      if (report.counts.errors === 0) await findDuplicates(trx, read, report);
      if (report.counts.errors > 0 || report.errors.length > 0) {
        report.status = 'invalid';
        throw new Rollback(report);
      }
      await createIndicators(trx, read, report, file.name, source, ctx);
      await countChanges(trx, report);
      if (ctx.mode === 'preview') {
        report.status = 'previewed';
        throw new Rollback(report);
      }
      progress.phase = 'writing';
      ctx.onProgress?.({ ...progress });
      await applyChanges(trx, report, options, source, ctx);
      report.status = 'committed';
      progress.phase = 'done';
      ctx.onProgress?.({ ...progress });
      return report;
    });
  } catch (err) {
    if (err instanceof Rollback) {
      progress.phase = 'done';
      ctx.onProgress?.({ ...progress });
      return err.report;
    }
    if (err instanceof InvalidFileError) return fail(err.issues);
    throw err;
  }
}

/** One import writes at a time: two commits touching the same series would otherwise race. */
export const IMPORT_LOCK = 7_201_003;

async function checkOptions(trx: Knex, options: ImportOptions): Promise<InputIssue[]> {
  const problems: InputIssue[] = [];
  const wanted = [
    ...(options.indicator ? [{ code: options.indicator, name: 'indicator' }] : []),
    ...Object.values(options.map ?? {}).map((code) => ({ code, name: 'map' })),
  ];
  if (wanted.length === 0) return problems;
  const found = new Set(
    ((await trx('indicators').whereRaw('upper(code) = any(?)', [wanted.map((w) => w.code.toUpperCase())]).pluck('code')) as string[]).map(
      (c) => c.toUpperCase(),
    ),
  );
  for (const w of wanted) {
    if (!found.has(w.code.toUpperCase())) {
      problems.push(importIssue('option.unknownIndicator', { code: w.code }, { name: w.name }));
    }
  }
  if (options.indicator && Object.keys(options.map ?? {}).length) {
    problems.push(importIssue('option.indicatorAndMap', {}, { name: 'indicator' }));
  }
  return problems;
}
