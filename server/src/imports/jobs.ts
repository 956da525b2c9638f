import path from 'node:path';
import type { Knex } from 'knex';
import { type ImportOptions, importOptionsSchema } from '../contract/imports';
import type { ImportBatchRow } from '../db/rows';
import { isDatabaseUnavailable } from '../db/unavailable';
import { currentRequestId, runWithRequestId } from '../observability/request-context';
import { uploadedFile } from './pipeline/import-file';
import { importFile, type ImportProgress, type ImportReport } from './pipeline/run-import';

export type JobKind = 'preview' | 'commit';

/** Who asked for the job: recorded by a commit in the batch and the audit log. */
type Who = { actor: string; userId: number | null };

/** A job of this process: its batch as last written, and how far the file has been read. */
export type LiveJob = { kind: JobKind; row: ImportBatchRow; progress: ImportProgress | null };

const INTERRUPTED = 'Interrupted: the server stopped before the job finished; nothing was written. Upload the file again.';
/** While the database is away, a failure is recorded again every second for two minutes. */
const RECORD_FAILURE = { attempts: 120, delayMs: 1000 };
const DATABASE_AWAY = 'The database could not be reached while the job ran; nothing was written. Upload the file again.';

/**
 * Batches a stopped process left waiting or half done are failed (an import writes all or nothing, so
 * nothing of theirs is in the database). Run once at start; with several API processes on one database,
 * only while none of them is running an import.
 */
export async function failInterruptedImports(db: Knex): Promise<number> {
  const rows = await db('import_batches')
    .whereIn('status', ['uploaded', 'previewing', 'committing'])
    .update({ status: 'failed', error: INTERRUPTED, updated_at: db.fn.now() })
    .returning('id');
  return rows.length;
}

const parseJson = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);

/**
 * Runs the previews and commits of uploaded files, one at a time in this process (the import itself
 * takes a lock, so processes do not write at once either). Progress lives here, in memory: on the
 * embedded database a running import holds the only connection, so whoever asks about it is answered
 * without a query.
 */
export class ImportJobs {
  /** `requestId`: the request that queued the job, which its audit entries record. */
  private live = new Map<number, LiveJob & { who: Who; requestId: string | null }>();
  private queue: number[] = [];
  private running: Promise<void> | null = null;

  constructor(
    private readonly db: Knex,
    private readonly opts: {
      uploadDir: string;
      /** Called after a commit changed the data (to drop cached responses). */
      onDataChanged: () => void;
      log: (msg: string, err?: unknown) => void;
      /** Heap (MB) of the worker process each import reads its file in. */
      readMemoryMb?: number;
    },
  ) {}

  /** Queues the preview of a batch just uploaded (status 'uploaded') or the commit of a previewed one (status 'committing'). */
  enqueue(kind: JobKind, row: ImportBatchRow, who: Who): void {
    this.live.set(row.id, { kind, row: { ...row }, progress: null, who, requestId: currentRequestId() });
    this.queue.push(row.id);
    this.running ??= this.drain().finally(() => {
      this.running = null;
    });
  }

  /** The job of a batch while it is queued or running here, as a copy. */
  get(id: number): LiveJob | undefined {
    const job = this.live.get(id);
    return job && { kind: job.kind, row: { ...job.row }, progress: job.progress && { ...job.progress } };
  }

  /** How many jobs this process is running (0 or 1) and how many wait behind it (metrics). */
  counts(): { running: number; queued: number } {
    return { running: this.live.size - this.queue.length, queued: this.queue.length };
  }

  /** Resolves once every queued job has finished (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    for (let id = this.queue.shift(); id !== undefined; id = this.queue.shift()) {
      const job = this.live.get(id)!;
      // The drain may have been started by an earlier request: each job runs with the id of its own.
      await runWithRequestId(job.requestId, async () => {
        try {
          await this.run(job);
        } catch (err) {
          // All or nothing: the import's transaction is rolled back, only the reason is left to record.
          this.opts.log(`import batch ${id}: ${job.kind} failed`, err);
          await this.recordFailure(job, isDatabaseUnavailable(err) ? DATABASE_AWAY : err instanceof Error ? err.message : String(err));
        } finally {
          this.live.delete(id);
        }
      });
    }
  }

  private async run(job: LiveJob & { who: Who }): Promise<void> {
    const { row, who } = job;
    if (job.kind === 'preview') await this.save(job, { status: 'previewing' });
    job.progress = { phase: 'reading', rowsDone: 0, rowsTotal: null, bytesDone: 0, bytesTotal: Number(row.size_bytes ?? 0) };
    const options: ImportOptions = importOptionsSchema.parse(parseJson(row.options) ?? {});
    // The upload has measured the file and detected its format: the row says what it found.
    const file = await uploadedFile(
      {
        path: path.join(this.opts.uploadDir, row.stored_path!),
        name: row.file_name,
        size: Number(row.size_bytes ?? 0),
        checksum: row.checksum,
        format: row.format,
      },
      options.format,
    );
    const report = await importFile(this.db, file, options, {
      mode: job.kind,
      actor: who.actor,
      userId: who.userId,
      batchId: row.id,
      readMemoryMb: this.opts.readMemoryMb,
      onProgress: (p) => {
        job.progress = p;
      },
    });
    if (report.status === 'committed') {
      // The commit has written the batch row itself, in its transaction.
      this.opts.onDataChanged();
      return;
    }
    // An invalid file stays invalid; a preview (or a commit) that finds the file already imported leaves
    // the batch previewed, with a report that says so: committing it is refused.
    await this.save(job, { status: report.status === 'invalid' ? 'invalid' : 'previewed', ...reportColumns(report), error: null });
  }

  /**
   * Marks the batch failed. With the database away that cannot be written at once: the job keeps
   * answering "failed" from memory and tries again (RECORD_FAILURE), or the batch would stay
   * "previewing" or "committing" (and refuse a commit) until the next restart.
   */
  private async recordFailure(job: LiveJob, error: string): Promise<void> {
    const id = job.row.id;
    job.row = { ...job.row, status: 'failed', error };
    for (let attempt = 1; ; attempt++) {
      try {
        // Unless it is committed: a connection lost during COMMIT may have come after the commit was made.
        await this.db<ImportBatchRow>('import_batches')
          .where('id', id)
          .whereIn('status', ['uploaded', 'previewing', 'committing'])
          .update({ status: 'failed', error, updated_at: this.db.fn.now() });
        return;
      } catch (err) {
        if (!isDatabaseUnavailable(err) || attempt >= RECORD_FAILURE.attempts) {
          this.opts.log(`import batch ${id}: could not record the failure`, err);
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, RECORD_FAILURE.delayMs));
      }
    }
  }

  private async save(job: LiveJob, patch: Partial<ImportBatchRow>): Promise<void> {
    const [row] = (await this.db<ImportBatchRow>('import_batches')
      .where('id', job.row.id)
      .update({ ...patch, updated_at: this.db.fn.now() })
      .returning('*')) as ImportBatchRow[];
    job.row = row ?? { ...job.row, ...patch };
  }
}

function reportColumns(report: ImportReport): Partial<ImportBatchRow> {
  const c = report.counts;
  return {
    ...(report.file.format ? { format: report.file.format, format_label: report.file.formatLabel } : {}),
    rows_total: c.records,
    rows_inserted: c.inserted,
    rows_updated: c.updated,
    rows_unchanged: c.unchanged,
    rows_rejected: c.errors,
    rows_missing: c.missing,
    rows_filtered: c.filteredOut,
    report: JSON.stringify(report) as unknown,
  };
}
