import fs from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';
import type { z } from 'zod';
import { countRows } from '../../../db/knex';
import { AppError, NotFoundError } from '../../../errors/errors';
import type { Actor } from '../../../auth/roles';
import type { ImportBatchRow } from '../../../db/rows';
import type { ImportJobs } from '../../../imports/jobs';
import { detectFile } from '../../../imports/pipeline/import-file';
import { jobFailure } from '../../../imports/messages';
import { rollbackBatch, RollbackConflictError, type RollbackResult } from '../../../imports/pipeline/rollback';
import type { ImportProgress, ImportReport } from '../../../imports/pipeline/types';
import type { ImportOptions, importBatch, importBatchDetail, importList, importListQuery } from '../../../contract/imports';
import type { ReceivedUpload } from '../../../http/multipart';
import { currentRequestId } from '../../../observability/request-context';
import { optionsFromForm } from './form';

export type ImportServices = {
  jobs: ImportJobs;
  /** Where uploaded files are kept (UPLOAD_DIR). */
  uploadDir: string;
  /** Called after a rollback changed the data (to drop cached responses). */
  onDataChanged: () => void;
};

type Batch = z.infer<typeof importBatch>;

export class ImportConflictError extends AppError {
  constructor(detail: string) {
    super(409, 'import-conflict', 'Operazione non possibile ora / Conflict', detail);
  }
}

/** A file on disk under a temporary name in the upload folder, measured while it was received. */
export type ReceivedFile = Omit<ReceivedUpload, 'fields'>;

/** Moves a received file to its place: named by its checksum, so the same file is kept once. */
async function storeUpload(upload: ReceivedFile, dir: string): Promise<string> {
  const ext = path.extname(upload.fileName).toLowerCase();
  const stored = `${upload.checksum}${/^\.[a-z0-9]{1,10}$/.test(ext) ? ext : ''}`;
  await fs.promises.rename(upload.tempPath, path.join(dir, stored));
  return stored;
}

/** Keeps the received file and its options, records the batch ('uploaded') and queues its preview. */
export async function createImport(db: Knex, s: ImportServices, upload: ReceivedUpload, actor: Actor): Promise<Batch> {
  return createImportOfFile(db, s, upload, optionsFromForm(upload.fields), actor);
}

/**
 * The batch of a file already received (an upload, a download of a source address) with its options:
 * the same row and the same preview whichever way the file came.
 */
export async function createImportOfFile(db: Knex, s: ImportServices, upload: ReceivedFile, options: ImportOptions, actor: Actor): Promise<Batch> {
  const batch = await insertImportBatch(db, s, upload, options, actor);
  // Queued (no worker yet): this process looks at once; any other free process may take it.
  s.jobs.kick();
  return batch;
}

/** The batch row of a received file, 'uploaded', its job not started: the caller kicks the jobs once committed. */
export async function insertImportBatch(db: Knex, s: Pick<ImportServices, 'uploadDir'>, upload: ReceivedFile, options: ImportOptions, actor: Actor): Promise<Batch> {
  const stored = await storeUpload(upload, s.uploadDir);
  // Shown at once; a file no reader accepts is explained by the preview.
  const detected = await detectFile(path.join(s.uploadDir, stored), upload.fileName, options.format);
  const format = 'reader' in detected ? detected.reader : null;
  const [row] = await db<ImportBatchRow>('import_batches')
    .insert({
      status: 'uploaded',
      file_name: upload.fileName,
      format: format?.id ?? 'unknown',
      format_label: format?.label ?? null,
      checksum: upload.checksum,
      size_bytes: upload.size,
      stored_path: stored,
      source: options.source ?? null,
      options: JSON.stringify(options),
      created_by: actor.userId,
      created_by_label: actor.actor,
      ...requestedBy(actor),
    })
    .returning('*');
  return toBatch(row!, null);
}

const LIST_COLUMNS = [
  'id', 'status', 'file_name', 'format', 'format_label', 'checksum', 'size_bytes', 'source', 'options', 'error',
  'rows_total', 'rows_inserted', 'rows_updated', 'rows_unchanged', 'rows_rejected', 'rows_missing', 'rows_filtered',
  'created_by_label', 'created_at', 'updated_at', 'committed_at', 'rolled_back_at', 'rolled_back_by_label', 'progress',
] as const satisfies (keyof ImportBatchRow)[];

/** What a batch of the list shows: read from the table, or the live row of a job of this process. */
type ListedBatch = Pick<ImportBatchRow, (typeof LIST_COLUMNS)[number]>;

/** Newest first; a batch with a job in this process shows its live status and progress. */
export async function listImports(db: Knex, jobs: ImportJobs, q: z.infer<typeof importListQuery>): Promise<z.infer<typeof importList>> {
  const base = db<ImportBatchRow>('import_batches');
  if (q.status) base.where('status', q.status);
  const total = await countRows(base);
  const rows = await base.select(LIST_COLUMNS).orderBy('id', 'desc').limit(q.pageSize).offset((q.page - 1) * q.pageSize);
  return {
    items: rows.map((r) => {
      const live = jobs.get(r.id);
      return toBatch(live?.row ?? r, live?.progress ?? progressOf(r));
    }),
    page: q.page,
    pageSize: q.pageSize,
    total,
  };
}

/**
 * A job running in this process is answered from memory (on the embedded database its transaction holds
 * the only connection); one running in another process, from the progress that process writes to the row.
 */
export async function getImport(db: Knex, jobs: ImportJobs, id: number): Promise<z.infer<typeof importBatchDetail>> {
  const live = jobs.get(id);
  const row = live?.row ?? (await db<ImportBatchRow>('import_batches').where('id', id).first());
  if (!row) throw new NotFoundError('Import batch', String(id));
  return { ...toBatch(row, live?.progress ?? progressOf(row)), report: reportOf(row) };
}

/** Queues the commit of a previewed batch (status 'committing' at once, so it is queued only once). */
export async function commitImport(db: Knex, jobs: ImportJobs, id: number, actor: Actor): Promise<Batch> {
  const live = jobs.get(id);
  if (live) throw new ImportConflictError(`Batch ${id} is "${live.row.status}": wait until its ${live.kind} has finished.`);
  const row = await db<ImportBatchRow>('import_batches').where('id', id).first();
  if (!row) throw new NotFoundError('Import batch', String(id));
  const refusal = whyNotCommit(row);
  if (refusal) throw new ImportConflictError(refusal);
  const [committing] = await db<ImportBatchRow>('import_batches')
    .where({ id, status: 'previewed' })
    .update({ status: 'committing', worker_id: null, ...requestedBy(actor), updated_at: db.fn.now() })
    .returning('*');
  if (!committing) throw new ImportConflictError(`Batch ${id} changed meanwhile: read it again.`);
  jobs.kick();
  return toBatch(committing, null);
}

/** Who queues a job, and the request that does: the job runs with them, on whichever process takes it. */
function requestedBy(actor: Actor): Pick<ImportBatchRow, 'requested_by' | 'requested_by_label' | 'request_id'> {
  return { requested_by: actor.userId, requested_by_label: actor.actor, request_id: currentRequestId() };
}

function whyNotCommit(row: ImportBatchRow): string | null {
  const report = reportOf(row);
  const b = `Batch ${row.id} (${row.file_name})`;
  switch (row.status) {
    case 'previewed':
      return report?.alreadyImported
        ? `${b} was already imported with the same options as batch ${report.alreadyImported.batchId} on ${report.alreadyImported.committedAt}: nothing to commit.`
        : null;
    case 'uploaded':
    case 'previewing':
      return `${b} is "${row.status}": commit once its preview has finished.`;
    case 'invalid': {
      const n = Math.max(report?.counts.errors ?? 0, report?.errors.length ?? 0, row.rows_rejected);
      const found = n ? `${n} error${n === 1 ? '' : 's'}` : 'errors';
      return `${b} cannot be committed: the preview found ${found} (see report.errors). Fix the file and upload it again.`;
    }
    case 'committing':
      return `${b} is already being committed.`;
    case 'committed':
      return `${b} is already committed.`;
    case 'failed':
      return `${b} failed (${row.error ?? 'unknown error'}): upload the file again.`;
    case 'rolled_back':
      return `${b} was rolled back: upload the file again to import it anew.`;
    default:
      return `${b} is "${row.status}".`;
  }
}

export async function rollbackImport(db: Knex, s: ImportServices, id: number, actor: Actor): Promise<RollbackResult> {
  const live = s.jobs.get(id);
  if (live) throw new RollbackConflictError(`Batch ${id} is "${live.row.status}": only a committed batch can be rolled back.`);
  const result = await rollbackBatch(db, id, actor);
  s.onDataChanged();
  return result;
}

const parseJson = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);
const iso = (d: Date | string | null | undefined) => (d == null ? null : new Date(d).toISOString());

/** The progress another process shared, while its job runs. */
function progressOf(row: Pick<ImportBatchRow, 'progress' | 'status'>): ImportProgress | null {
  if (row.status !== 'previewing' && row.status !== 'committing') return null;
  return (parseJson(row.progress) as ImportProgress | null | undefined) ?? null;
}

function reportOf(row: Pick<ImportBatchRow, 'report'>): ImportReport | null {
  return (parseJson(row.report) as ImportReport | null | undefined) ?? null;
}

/** 0-100 from rows when their total is known, from bytes otherwise; 100 only once done. */
function withPercent(p: ImportProgress): NonNullable<Batch['progress']> {
  const ratio = p.rowsTotal ? p.rowsDone / p.rowsTotal : p.bytesTotal ? p.bytesDone / p.bytesTotal : 0;
  return { ...p, percent: p.phase === 'done' ? 100 : Math.min(99, Math.floor(ratio * 100)) };
}

function toBatch(r: ListedBatch, progress: ImportProgress | null): Batch {
  return {
    id: r.id,
    status: r.status as Batch['status'],
    file: {
      name: r.file_name,
      format: r.format,
      formatLabel: r.format_label,
      sizeBytes: r.size_bytes,
      checksum: r.checksum,
    },
    options: (parseJson(r.options) as Record<string, unknown> | null) ?? {},
    source: r.source,
    counts: {
      records: r.rows_total,
      filteredOut: r.rows_filtered,
      missing: r.rows_missing,
      inserted: r.rows_inserted,
      updated: r.rows_updated,
      unchanged: r.rows_unchanged,
      errors: r.rows_rejected,
    },
    progress: progress && withPercent(progress),
    error: r.error,
    ...jobFailure(r.error),
    createdBy: r.created_by_label,
    createdAt: iso(r.created_at)!,
    updatedAt: iso(r.updated_at),
    committedAt: iso(r.committed_at),
    rolledBackAt: iso(r.rolled_back_at),
    rolledBackBy: r.rolled_back_by_label,
  };
}
