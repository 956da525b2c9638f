import path from 'node:path';
import type { Knex } from 'knex';
import { type ImportOptions, importOptionsSchema } from '../contract/imports';
import type { ImportBatchRow } from '../db/rows';
import { isDatabaseUnavailable } from '../db/unavailable';
import { countRows } from '../db/knex';
import { type Presence, processTag, registerProcess } from '../jobs/presence';
import { runWithRequestId } from '../observability/request-context';
import { importMessage } from './messages';
import { uploadedFile } from './pipeline/import-file';
import { importFile, type ImportProgress, type ImportReport } from './pipeline/run-import';

export type JobKind = 'preview' | 'commit';

/** Who asked for the job: recorded by a commit in the batch and the audit log. */
type Who = { actor: string; userId: number | null };

/** A job of this process: its batch as last written, and how far the file has been read. */
export type LiveJob = { kind: JobKind; row: ImportBatchRow; progress: ImportProgress | null };

const INTERRUPTED = importMessage('job.interrupted', { owner: false });
const OWNER_GONE = importMessage('job.interrupted', { owner: true });
/** While the database is away, a failure is recorded again every second for two minutes. */
const RECORD_FAILURE = { attempts: 120, delayMs: 1000 };
const DATABASE_AWAY = importMessage('job.databaseAway', {});
/** How often a process looks for queued jobs of others and for processes gone (on a PostgreSQL server). */
const POLL_MS = 1_000;
/** The least time between two writes of a job's progress to its row. */
const PROGRESS_MS = 1_000;

const parseJson = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);

/** A job running in this process (its batch as last written, and how far the file has been read). */
type Running = LiveJob & { who: Who; requestId: string | null; lastProgressWrite: number; progressWrite: Promise<void> | null };

export type ImportJobsOptions = {
  uploadDir: string;
  /** Called after a commit changed the data (to drop cached responses). */
  onDataChanged: () => void;
  log: (msg: string, err?: unknown) => void;
  /**
   * How this process meets the others: the PostgreSQL server's connection string and the
   * application_name of this process's connections (see jobs/presence). Null on the embedded database
   * and in tests: this process is the only one.
   */
  shared?: { url: string; tag: string } | null;
  /** Heap (MB) of the worker process each import reads its file in. */
  readMemoryMb?: number;
};

/**
 * The previews and commits of uploaded files. The batch row is the job: a queued one has no worker
 * (`uploaded`, or `committing` once its commit is asked); a process claims the oldest queued job with
 * `for update skip locked`, so every job runs once, on whichever process is free. Progress is kept here
 * and, on a PostgreSQL server, written to the row every second, so any process answers it. The import
 * itself takes a lock, so two commits never write at once.
 *
 * A process that dies leaves its running job behind: the first process to notice (jobs/presence) fails
 * it. On the embedded database the only process is this one: at start, every job left running is failed
 * and every queued one runs.
 */
export class ImportJobs {
  private current: Running | null = null;
  private running: Promise<void> | null = null;
  /** A kick came while draining: look for jobs once more before stopping. */
  private again = false;
  private stopping = false;
  private poll: NodeJS.Timeout | null = null;
  private presence: Promise<Presence> | null = null;

  constructor(
    private readonly db: Knex,
    private readonly opts: ImportJobsOptions,
  ) {}

  /**
   * Starts the work of a server process: fails the jobs of processes gone, runs what is queued and, on
   * a PostgreSQL server, keeps looking every second (queued jobs of other processes, processes gone).
   */
  async start(): Promise<{ failed: number }> {
    const failed = await this.sweep();
    this.kick();
    if (this.opts.shared) {
      const tick = () => {
        this.poll = setTimeout(() => {
          void this.sweep()
            .catch((err: unknown) => this.logUnlessAway('import jobs: could not look for processes gone', err))
            .then(() => this.kick())
            .finally(() => {
              if (!this.stopping) tick();
            });
        }, POLL_MS);
        this.poll.unref();
      };
      tick();
    }
    return { failed };
  }

  /** Look for queued jobs now (an upload or a commit was just queued). */
  kick(): void {
    if (this.stopping) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain().finally(() => {
      this.running = null;
      // A kick that came as the drain was ending found it still set: look once more.
      if (this.again) {
        this.again = false;
        this.kick();
      }
    });
  }

  /** The job of a batch while it runs here, as a copy. */
  get(id: number): LiveJob | undefined {
    const job = this.current;
    if (!job || job.row.id !== id) return undefined;
    return { kind: job.kind, row: { ...job.row }, progress: job.progress && { ...job.progress } };
  }

  /** The batch whose job runs here, if any. */
  runningId(): number | null {
    return this.current?.row.id ?? null;
  }

  /** Jobs running in this process (0 or 1), and jobs waiting for a process (all processes; metrics). */
  async counts(): Promise<{ running: number; queued: number }> {
    const queued = await countRows(this.db('import_batches').whereNull('worker_id').whereIn('status', QUEUED));
    return { running: this.current ? 1 : 0, queued };
  }

  /** Resolves once no job runs here (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Takes no more jobs (shutdown). */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.poll) clearTimeout(this.poll);
  }

  /**
   * At the shutdown deadline: the job still running here is stopped (its transaction rolled back) and
   * marked failed at once, then this process is recorded as stopped. On the embedded database the job
   * holds the only connection: the next start marks it failed.
   */
  async release(): Promise<void> {
    await this.stop();
    if (!this.presence) return;
    const presence = await this.presence;
    const job = this.current;
    try {
      if (job) {
        await presence.endOwnSessions(
          `update import_batches set status = 'failed', error = $1, progress = null, updated_at = now()
           where id = $2 and worker_id = $3 and status in ('previewing', 'committing')`,
          [INTERRUPTED, job.row.id, presence.id],
        );
      }
    } catch (err) {
      this.opts.log('import jobs: could not stop the running job', err);
    }
    // On the embedded database the running job holds the one connection: recording the stop would wait for it.
    if (!job || presence.shared) await presence.stop();
  }

  /** This process's registration, made on first need (the mail jobs share it). */
  self(): Promise<Presence> {
    this.presence ??= registerProcess(this.db, {
      tag: this.opts.shared?.tag ?? processTag(),
      url: this.opts.shared?.url ?? null,
      log: this.opts.log,
    }).catch((err: unknown) => {
      this.presence = null;
      throw err;
    });
    return this.presence;
  }

  /** Fails the running jobs of processes gone; how many. */
  private async sweep(): Promise<number> {
    const presence = await this.self();
    await presence.findGone();
    // Of every process recorded as stopped, whoever recorded it: one that found it gone may itself have
    // stopped before failing its jobs.
    const failed = await this.db('import_batches')
      .whereIn('status', ['previewing', 'committing'])
      .whereIn('worker_id', this.db('app_processes').whereNotNull('stopped_at').whereNot('id', presence.id).select('id'))
      .update({ status: 'failed', error: OWNER_GONE, progress: null, updated_at: this.db.fn.now() })
      .returning('id');
    if (failed.length) this.opts.log(`import jobs: ${failed.length} job(s) of stopped processes marked failed`);
    return failed.length;
  }

  private async drain(): Promise<void> {
    while (!this.stopping) {
      let row: ImportBatchRow | null;
      try {
        row = await this.claim();
      } catch (err) {
        // The poll (or the next upload) tries again.
        this.logUnlessAway('import jobs: could not look for queued jobs', err);
        return;
      }
      if (!row) {
        if (!this.again) return;
        this.again = false;
        continue;
      }
      const job: Running = {
        kind: row.status === 'committing' ? 'commit' : 'preview',
        row,
        progress: null,
        who: { actor: row.requested_by_label ?? row.created_by_label ?? 'unknown', userId: row.requested_by },
        requestId: row.request_id,
        lastProgressWrite: 0,
        progressWrite: null,
      };
      this.current = job;
      // Each job runs with the id of the request that queued it.
      await runWithRequestId(job.requestId, async () => {
        try {
          await this.run(job);
        } catch (err) {
          // All or nothing: the import's transaction is rolled back, only the reason is left to record.
          this.opts.log(`import batch ${job.row.id}: ${job.kind} failed`, err);
          await this.recordFailure(job, isDatabaseUnavailable(err) ? DATABASE_AWAY : err instanceof Error ? err.message : String(err));
        } finally {
          await job.progressWrite;
          this.current = null;
        }
      });
    }
  }

  /** The oldest queued job, now this process's (a preview's batch becomes 'previewing'). */
  private async claim(): Promise<ImportBatchRow | null> {
    const me = (await this.self()).id;
    const { rows } = (await this.db.raw(
      `update import_batches b
         set worker_id = ?, status = case when b.status = 'uploaded' then 'previewing' else b.status end, updated_at = now()
       where b.id = (select id from import_batches where worker_id is null and status in ('uploaded', 'committing')
                     order by id limit 1 for update skip locked)
       returning b.*`,
      [me],
    )) as { rows: ImportBatchRow[] };
    return rows[0] ?? null;
  }

  private async run(job: Running): Promise<void> {
    const { row, who } = job;
    const me = (await this.self()).id;
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
      workerId: me,
      readMemoryMb: this.opts.readMemoryMb,
      onProgress: (p) => {
        job.progress = p;
        this.shareProgress(job);
      },
    });
    if (report.status === 'committed') {
      // The commit has written the batch row itself, in its transaction.
      this.opts.onDataChanged();
      return;
    }
    // An invalid file stays invalid; a preview (or a commit) that finds the file already imported leaves
    // the batch previewed, with a report that says so: committing it is refused.
    await job.progressWrite;
    await this.save(job, { status: report.status === 'invalid' ? 'invalid' : 'previewed', ...reportColumns(report), error: null, progress: null });
  }

  /**
   * Writes the progress to the row, at most every PROGRESS_MS and one write at a time, for the other
   * processes to answer. Not on the embedded database: the import's transaction holds its one connection,
   * and the only process answers from memory.
   */
  private shareProgress(job: Running): void {
    if (!this.opts.shared || job.progressWrite || Date.now() - job.lastProgressWrite < PROGRESS_MS) return;
    job.lastProgressWrite = Date.now();
    const progress = JSON.stringify(job.progress);
    job.progressWrite = this.db('import_batches')
      .where({ id: job.row.id, worker_id: job.row.worker_id })
      .whereIn('status', ['previewing', 'committing'])
      .update({ progress })
      .then(() => undefined)
      .catch((err: unknown) => this.logUnlessAway(`import batch ${job.row.id}: could not share its progress`, err))
      .finally(() => {
        job.progressWrite = null;
      });
  }

  /**
   * Marks the batch failed. With the database away that cannot be written at once: the job keeps
   * answering "failed" from memory and tries again (RECORD_FAILURE), or the batch would stay
   * "previewing" or "committing" (and refuse a commit) until the next restart.
   */
  private async recordFailure(job: Running, error: string): Promise<void> {
    const id = job.row.id;
    job.row = { ...job.row, status: 'failed', error };
    for (let attempt = 1; ; attempt++) {
      try {
        // Unless it is committed (a connection lost during COMMIT may have come after the commit was
        // made) or no longer this process's (a process that judged it gone has failed it).
        await this.db<ImportBatchRow>('import_batches')
          .where({ id, worker_id: job.row.worker_id })
          .whereIn('status', ['previewing', 'committing'])
          .update({ status: 'failed', error, progress: null, updated_at: this.db.fn.now() });
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

  /** Writes the outcome of a job, if the batch is still this process's job. */
  private async save(job: Running, patch: Partial<ImportBatchRow>): Promise<void> {
    const [row] = (await this.db<ImportBatchRow>('import_batches')
      .where({ id: job.row.id, worker_id: job.row.worker_id })
      .whereIn('status', ['previewing', 'committing'])
      .update({ ...patch, updated_at: this.db.fn.now() })
      .returning('*')) as ImportBatchRow[];
    if (!row) this.opts.log(`import batch ${job.row.id}: no longer this process's job (failed by another); its outcome is dropped`);
    job.row = row ?? { ...job.row, ...patch };
  }

  private logUnlessAway(msg: string, err: unknown): void {
    if (!isDatabaseUnavailable(err)) this.opts.log(msg, err);
  }
}

/** Statuses of a job waiting for a process (with no worker). */
const QUEUED = ['uploaded', 'committing'];

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
