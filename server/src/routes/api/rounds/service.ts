import type { Knex } from 'knex';
import { writeAudit } from '../../../audit/audit';
import type { Actor } from '../../../auth/roles';
import type { RoundCreate, RoundDetail, RoundMail, RoundResendResult, RoundSummary } from '../../../contract/rounds';
import type { RoundMailKind, RoundMailStatus } from '../../../contract/values';
import type { MailJobRow, MailSendRow, PlanRow, ReportingRoundRow } from '../../../db/rows';
import { ConflictError, InvalidParamsError, NotFoundError } from '../../../errors/errors';
import { conflictOnRace, DuplicateError } from '../../../errors/sql-state';
import { periodMonths } from '../../../actions/periods';
import { type RoundScope, roundScope } from '../../../rounds/round-actions';

/** What the round services need besides the database: the clock, the defaults, whether mail goes out. */
export type RoundDeps = {
  clock: () => Date;
  reminderDays: number;
  /** PUBLIC_URL; unset, the address the admin opened the round from. */
  publicUrl: string | undefined;
  mailConfigured: boolean;
  /** Called after a commit that queued mail jobs. */
  kick: () => void;
};

const DAY_MS = 86_400_000;
/** Today's date where the body is (Italy), YYYY-MM-DD. */
const today = (now: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(now);
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
/** The reminder goes out at 08:00 UTC (9:00 or 10:00 in Italy), `days` before the deadline. */
export const reminderAt = (deadline: string, days: number) => new Date(Date.parse(`${deadline}T08:00:00Z`) - days * DAY_MS);

type RoundJoin = ReportingRoundRow & { plan_code: string };

const roundQuery = (db: Knex, planId: number) =>
  db('reporting_rounds as r').join('plans as p', 'p.id', 'r.plan_id').where('r.plan_id', planId).select<RoundJoin[]>('r.*', 'p.code as plan_code');

async function findPlan(db: Knex, code: string): Promise<PlanRow> {
  const plan = await db<PlanRow>('plans').where({ code }).first();
  if (!plan) throw new NotFoundError('Plan', code);
  return plan;
}

const countsOf = (actions: { reported: boolean }[]) => {
  const reported = actions.filter((a) => a.reported).length;
  return { actions: actions.length, reported, notReported: actions.length - reported };
};

function toSummary(r: RoundJoin, scope: RoundScope): RoundSummary {
  return {
    id: r.id,
    plan: r.plan_code,
    period: r.period,
    deadline: r.deadline,
    reminderDays: r.reminder_days,
    reminderAt: reminderAt(r.deadline, r.reminder_days).toISOString(),
    openedBy: r.opened_by_label,
    openedAt: r.opened_at.toISOString(),
    closedAt: r.closed_at ? r.closed_at.toISOString() : null,
    ...countsOf(scope.actions),
  };
}

export async function listRounds(db: Knex, planCode: string, deps: RoundDeps) {
  const plan = await findPlan(db, planCode);
  const rows = await roundQuery(db, plan.id).orderBy('r.opened_at', 'desc').orderBy('r.id', 'desc');
  const scopes = new Map<string, RoundScope>();
  const items: RoundSummary[] = [];
  for (const r of rows) {
    if (!scopes.has(r.period)) scopes.set(r.period, await roundScope(db, plan.id, r.period));
    items.push(toSummary(r, scopes.get(r.period)!));
  }
  return { items, mailConfigured: deps.mailConfigured, defaultReminderDays: deps.reminderDays };
}

async function findRound(db: Knex, plan: PlanRow, id: number): Promise<RoundJoin> {
  const r = await roundQuery(db, plan.id).where('r.id', id).first();
  if (!r) throw new NotFoundError('Reporting round', `${plan.code} ${id}`);
  return r;
}

export async function getRound(db: Knex, planCode: string, id: number, deps: RoundDeps): Promise<RoundDetail> {
  const plan = await findPlan(db, planCode);
  const r = await findRound(db, plan, id);
  const scope = await roundScope(db, plan.id, r.period);
  const sends = await db<MailSendRow>('mail_sends').where({ round_id: r.id }).orderBy('created_at', 'desc').orderBy('id', 'desc');
  const lastMail = new Map<number, RoundMail>();
  for (const s of sends) {
    if (s.user_id === null || lastMail.has(s.user_id)) continue;
    lastMail.set(s.user_id, {
      kind: s.kind as RoundMailKind,
      status: s.status as RoundMailStatus,
      error: s.error,
      address: s.address,
      at: (s.sent_at ?? s.created_at).toISOString(),
    });
  }
  const byOffice = new Map<number | null, typeof scope.actions>();
  for (const a of scope.actions) byOffice.set(a.officeId, [...(byOffice.get(a.officeId) ?? []), a]);
  const offices = [...byOffice.entries()]
    .map(([officeId, actions]) => {
      const o = officeId === null ? undefined : scope.offices.get(officeId);
      return { code: o?.code ?? null, name: o?.name ?? null, ...countsOf(actions) };
    })
    .sort((a, b) => (a.code === null ? 1 : b.code === null ? -1 : a.code.localeCompare(b.code)));
  const managers = scope.managers.map((m) => ({
    userId: m.id,
    name: m.name,
    email: m.email,
    office: m.office_id === null ? null : (scope.offices.get(m.office_id)?.code ?? null),
    ...countsOf(m.actions),
    missing: m.actions.filter((a) => !a.reported).map((a) => ({ code: a.code, title: a.title })),
    lastMail: lastMail.get(m.id) ?? null,
  }));
  const jobs = await db<MailJobRow>('mail_jobs').where({ round_id: r.id }).orderBy('run_at').orderBy('id');
  return {
    ...toSummary(r, scope),
    mailConfigured: deps.mailConfigured,
    offices,
    managers,
    unassigned: scope.unassigned,
    jobs: jobs.map((j) => ({ kind: j.kind as RoundMailKind, status: j.status, runAt: j.run_at.toISOString(), attempts: j.attempts, lastError: j.last_error })),
  };
}

/** 400 naming the field: a period of the plan's years, a deadline not past, a reminder before it. */
function checkRound(plan: PlanRow, input: RoundCreate, reminderDays: number, now: Date): void {
  const issues = [];
  const [first] = periodMonths(input.period);
  const year = Math.floor(first / 12);
  if ((plan.period_start !== null && year < plan.period_start) || (plan.period_end !== null && year > plan.period_end)) {
    issues.push({ name: 'period', message: `must be a period of the plan's years (${plan.period_start ?? '…'}–${plan.period_end ?? '…'})` });
  }
  const left = daysBetween(today(now), input.deadline);
  if (left < 0) issues.push({ name: 'deadline', message: `must not be in the past (today is ${today(now)})` });
  else if (reminderDays >= left) {
    issues.push({ name: 'reminderDays', message: `must be fewer than the ${left} day(s) left until the deadline` });
  }
  if (issues.length) throw new InvalidParamsError(issues);
}

const roundAudit = (r: Pick<ReportingRoundRow, 'period' | 'deadline' | 'reminder_days' | 'closed_at'>, plan: string) => ({
  plan,
  period: r.period,
  deadline: r.deadline,
  reminderDays: r.reminder_days,
  closedAt: r.closed_at ? new Date(r.closed_at).toISOString() : null,
});

const periodTaken = (period: string) => new DuplicateError({ name: 'period', message: `a round for ${period} is already open for this plan; close it first` });

/**
 * Opens a round, in one transaction: the round, its opening digest (due now) and its reminder (due
 * `reminderDays` before the deadline), and the audit entry. The digests go out after the commit.
 */
export async function openRound(db: Knex, planCode: string, input: RoundCreate, actor: Actor, origin: string, deps: RoundDeps): Promise<RoundDetail> {
  const plan = await findPlan(db, planCode);
  const now = deps.clock();
  const days = input.reminderDays ?? deps.reminderDays;
  checkRound(plan, input, days, now);
  const detail = await conflictOnRace(
    () =>
      db.transaction(async (trx) => {
        if (await trx('reporting_rounds').where({ plan_id: plan.id, period: input.period }).whereNull('closed_at').first('id')) throw periodTaken(input.period);
        const [row] = (await trx('reporting_rounds')
          .insert({
            plan_id: plan.id,
            period: input.period,
            deadline: input.deadline,
            reminder_days: days,
            base_url: deps.publicUrl ?? origin,
            opened_by: actor.userId,
            opened_by_label: actor.actor,
            opened_at: now,
          })
          .returning('*')) as ReportingRoundRow[];
        await trx('mail_jobs').insert([
          { round_id: row!.id, kind: 'apertura', run_at: now },
          { round_id: row!.id, kind: 'promemoria', run_at: reminderAt(input.deadline, days) },
        ]);
        await writeAudit(trx, [{ actor: actor.actor, userId: actor.userId, action: 'create', resourceType: 'reporting_round', resourceId: row!.id, after: roundAudit(row!, plan.code) }]);
        // Read in the transaction: nothing of the answer is read after the COMMIT.
        return getRound(trx, planCode, row!.id, deps);
      }),
    () => periodTaken(input.period),
  );
  deps.kick();
  return detail;
}

/** Closes a round: no more e-mails (its pending jobs are cancelled), the progress stays readable. */
export async function closeRound(db: Knex, planCode: string, id: number, actor: Actor, deps: RoundDeps): Promise<RoundDetail> {
  const plan = await findPlan(db, planCode);
  return db.transaction(async (trx) => {
    const r = await trx<ReportingRoundRow>('reporting_rounds').where({ id, plan_id: plan.id }).forUpdate().first();
    if (!r) throw new NotFoundError('Reporting round', `${plan.code} ${id}`);
    if (r.closed_at) throw new ConflictError(`Round ${id} is already closed.`, {});
    const [closed] = (await trx('reporting_rounds').where({ id }).update({ closed_at: deps.clock(), closed_by: actor.userId }).returning('*')) as ReportingRoundRow[];
    await trx('mail_jobs').where({ round_id: id, status: 'queued' }).update({ status: 'cancelled', updated_at: trx.fn.now() });
    await writeAudit(trx, [
      { actor: actor.actor, userId: actor.userId, action: 'update', resourceType: 'reporting_round', resourceId: id, before: roundAudit(r, plan.code), after: roundAudit(closed!, plan.code) },
    ]);
    return getRound(trx, planCode, id, deps);
  });
}

/**
 * Queues a resend, due now: to one manager of the round, or to every manager who has not reported.
 * 409 when the round is closed or nobody (that manager) has anything left to report.
 */
export async function resendRound(db: Knex, planCode: string, id: number, userId: number | undefined, actor: Actor, deps: RoundDeps): Promise<RoundResendResult> {
  const plan = await findPlan(db, planCode);
  const result = await db.transaction(async (trx) => {
    const r = await trx<ReportingRoundRow>('reporting_rounds').where({ id, plan_id: plan.id }).forUpdate().first();
    if (!r) throw new NotFoundError('Reporting round', `${plan.code} ${id}`);
    if (r.closed_at) throw new ConflictError(`Round ${id} is closed: it sends no more e-mails.`, {});
    const scope = await roundScope(trx, plan.id, r.period);
    const late = scope.managers.filter((m) => m.actions.some((a) => !a.reported));
    if (userId !== undefined) {
      const m = scope.managers.find((x) => x.id === userId);
      if (!m) throw new InvalidParamsError([{ name: 'userId', message: `is not a manager with actions in this round` }]);
      if (!late.includes(m)) throw new ConflictError(`${m.email} has reported every action of the round: there is nothing to remind.`, {});
    } else if (!late.length) {
      throw new ConflictError('Every manager has reported: there is nobody to remind.', {});
    }
    const recipients = userId === undefined ? late.length : 1;
    const [job] = (await trx('mail_jobs').insert({ round_id: id, kind: 'reinvio', user_id: userId ?? null, run_at: deps.clock() }).returning('id')) as { id: number }[];
    await writeAudit(trx, [
      { actor: actor.actor, userId: actor.userId, action: 'create', resourceType: 'reporting_round_mail', resourceId: job!.id, after: { round: id, kind: 'reinvio', userId: userId ?? null, recipients } },
    ]);
    return { queued: true, recipients };
  });
  deps.kick();
  return result;
}
