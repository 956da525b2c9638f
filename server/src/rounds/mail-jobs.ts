import type { Knex } from 'knex';
import type { MailJobRow, MailSendRow, PlanRow, ReportingRoundRow } from '../db/rows';
import { isDatabaseUnavailable } from '../db/unavailable';
import type { Presence } from '../jobs/presence';
import { composeDigest, type MailKind, planLabel } from './digest';
import type { Mailer } from './mailer';
import { roundScope } from './round-actions';

/** What a send row says when no mail server is configured. */
export const NO_MAIL_SERVER = 'not sent: no mail server configured (SMTP_URL)';

export type MailJobsOptions = {
  /** null: no SMTP_URL, every send is recorded as not sent. */
  mailer: Mailer | null;
  /** This process's registration (shared with the import jobs). */
  self: () => Promise<Presence>;
  log: (msg: string, err?: unknown) => void;
  /** The time jobs are due against (tests move it). */
  clock?: () => Date;
  /** How often to look for due jobs (default 30 s). */
  pollMs?: number;
  /** Attempts of a job whose sends failed, the first included (default 3). */
  maxAttempts?: number;
  /** Wait before the 2nd attempt, doubled for each next one (default 5 min). */
  backoffMs?: number;
};

/**
 * The reporting rounds' e-mails as jobs in `mail_jobs` (see the migration 202612021300). Every API
 * process polls for due jobs; one claims a job with `for update skip locked`, so it runs once however
 * many processes poll; a job due while every process was down runs at the next start.
 *
 * Each recipient gets a `mail_sends` row `sending` before the message goes out, then `sent` or
 * `failed`. A recipient with a row `sent`, `not_sent` or `sending` is not sent to again by the same job:
 * at most once. A process that dies between sending and recording leaves `sending` (outcome unknown);
 * its job is put back in the queue by another process (or the next start) and finishes the others,
 * but never sends twice to that recipient: a duplicate reminder is worse than an admin's resend.
 * Failed sends are tried again by the same job, with backoff, up to `maxAttempts`.
 */
export class MailJobs {
  private readonly clock: () => Date;
  private running: Promise<number> | null = null;
  private again = false;
  private stopping = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: Knex,
    private readonly opts: MailJobsOptions,
  ) {
    this.clock = opts.clock ?? (() => new Date());
  }

  get configured(): boolean {
    return this.opts.mailer !== null;
  }

  /** Puts back the jobs of processes gone, sends what is due and keeps polling. */
  async start(): Promise<void> {
    await this.sweep();
    this.kick();
    const tick = () => {
      this.timer = setTimeout(() => {
        void this.sweep()
          .catch((err: unknown) => this.logUnlessAway('mail jobs: could not look for processes gone', err))
          .then(() => this.kick())
          .finally(() => {
            if (!this.stopping) tick();
          });
      }, this.opts.pollMs ?? 30_000);
      this.timer.unref();
    };
    tick();
  }

  /** Look for due jobs now (a round was just opened, a resend asked). */
  kick(): void {
    if (this.stopping) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.runDue()
      .catch((err: unknown) => {
        this.logUnlessAway('mail jobs: could not run the due jobs', err);
        return 0;
      })
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Resolves once no job runs here. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    await this.idle();
    this.opts.mailer?.close();
  }

  /** Jobs claimed by processes now gone go back to the queue; how many. */
  async sweep(): Promise<number> {
    const presence = await this.opts.self();
    await presence.findGone();
    const back = await this.db('mail_jobs')
      .where({ status: 'running' })
      .whereIn('claimed_by', this.db('app_processes').whereNotNull('stopped_at').whereNot('id', presence.id).select('id'))
      .update({ status: 'queued', claimed_by: null, updated_at: this.db.fn.now() })
      .returning('id');
    if (back.length) this.opts.log(`mail jobs: ${back.length} job(s) of stopped processes queued again`);
    return back.length;
  }

  /** Runs every job due now, one after the other; how many ran here. */
  async runDue(): Promise<number> {
    let done = 0;
    while (!this.stopping) {
      const job = await this.claim();
      if (!job) return done;
      try {
        await this.run(job);
      } catch (err) {
        this.opts.log(`mail job ${job.id} failed`, err);
        await this.finish(job, [err instanceof Error ? err.message : String(err)]).catch((e: unknown) => this.logUnlessAway(`mail job ${job.id}: could not record its failure`, e));
      }
      done++;
    }
    return done;
  }

  private async claim(): Promise<MailJobRow | null> {
    const me = (await this.opts.self()).id;
    const { rows } = (await this.db.raw(
      `update mail_jobs j set status = 'running', claimed_by = ?, claimed_at = now(), attempts = j.attempts + 1, updated_at = now()
       where j.id = (select id from mail_jobs where status = 'queued' and run_at <= ? order by run_at, id limit 1 for update skip locked)
       returning j.*`,
      [me, this.clock()],
    )) as { rows: MailJobRow[] };
    return rows[0] ?? null;
  }

  private async run(job: MailJobRow): Promise<void> {
    const round = await this.db<ReportingRoundRow>('reporting_rounds').where({ id: job.round_id }).first();
    if (!round || round.closed_at) {
      await this.db('mail_jobs').where({ id: job.id }).update({ status: 'cancelled', updated_at: this.db.fn.now() });
      return;
    }
    const plan = (await this.db<PlanRow>('plans').where({ id: round.plan_id }).first())!;
    const scope = await roundScope(this.db, plan.id, round.period);
    const recipients = scope.managers
      .filter((m) => job.user_id === null || m.id === job.user_id)
      .map((m) => ({ ...m, actions: m.actions.filter((a) => !a.reported) }))
      .filter((m) => m.actions.length > 0);
    const done = new Set(
      (
        await this.db<MailSendRow>('mail_sends')
          .where({ job_id: job.id })
          .whereIn('status', ['sent', 'not_sent', 'sending'])
          .select('user_id')
      ).map((r) => r.user_id),
    );
    const errors: string[] = [];
    for (const m of recipients) {
      if (this.stopping) {
        // Shutting down: the job goes back to the queue, for another process or the next start.
        await this.db('mail_jobs')
          .where({ id: job.id, status: 'running', claimed_by: job.claimed_by })
          .update({ status: 'queued', claimed_by: null, attempts: job.attempts - 1, updated_at: this.db.fn.now() });
        return;
      }
      if (done.has(m.id)) continue;
      const message = composeDigest({
        kind: job.kind as MailKind,
        planLabel: planLabel(plan),
        planCode: plan.code,
        period: round.period,
        deadline: round.deadline,
        baseUrl: round.base_url,
        to: { email: m.email, name: m.name },
        actions: m.actions,
      });
      const base = { job_id: job.id, round_id: round.id, user_id: m.id, address: m.email, kind: job.kind, attempt: job.attempts, actions: m.actions.length };
      if (!this.opts.mailer) {
        await this.db('mail_sends').insert({ ...base, status: 'not_sent', error: NO_MAIL_SERVER });
        continue;
      }
      // Recorded before it goes out: a crash from here on leaves "sending", never a second message.
      const [row] = (await this.db('mail_sends').insert({ ...base, status: 'sending' }).onConflict(['job_id', 'user_id', 'attempt']).ignore().returning('id')) as { id: number }[];
      if (!row) continue;
      try {
        const { messageId } = await this.opts.mailer.send(message);
        await this.db('mail_sends').where({ id: row.id }).update({ status: 'sent', message_id: messageId, sent_at: this.db.fn.now() });
      } catch (err) {
        const error = err instanceof Error ? err.message : String(err);
        errors.push(`${m.email}: ${error}`);
        await this.db('mail_sends').where({ id: row.id }).update({ status: 'failed', error });
      }
    }
    await this.finish(job, errors);
  }

  /** Done, or back in the queue with backoff while attempts are left, or failed. */
  private async finish(job: MailJobRow, errors: string[]): Promise<void> {
    const q = this.db('mail_jobs').where({ id: job.id, status: 'running', claimed_by: job.claimed_by });
    if (!errors.length) {
      await q.update({ status: 'done', last_error: null, updated_at: this.db.fn.now() });
      return;
    }
    const lastError = errors.join('; ').slice(0, 2000);
    const max = this.opts.maxAttempts ?? 3;
    if (job.attempts >= max) {
      await q.update({ status: 'failed', last_error: lastError, updated_at: this.db.fn.now() });
      return;
    }
    const wait = (this.opts.backoffMs ?? 300_000) * 2 ** (job.attempts - 1);
    await q.update({ status: 'queued', claimed_by: null, run_at: new Date(this.clock().getTime() + wait), last_error: lastError, updated_at: this.db.fn.now() });
  }

  private logUnlessAway(msg: string, err: unknown): void {
    if (!isDatabaseUnavailable(err)) this.opts.log(msg, err);
  }
}
