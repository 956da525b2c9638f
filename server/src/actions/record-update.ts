import type { Knex } from 'knex';
import type { ActionRow, ActionStatusRow, ActionUpdateRow } from '../db/rows';
import { writeAudit } from '../audit/audit';
import { ConflictError, type InputIssue, InvalidParamsError, NotFoundError } from '../errors/errors';
import { actionStates } from './state';
import { currentSemester } from './periods';
import { actionUpdateInput, type ActionUpdateInput } from '../contract/action-update';

export type Author = { userId: number | null; actor: string };

export const DATE_COLUMNS = { plannedStart: 'planned_start', plannedEnd: 'planned_end', actualStart: 'actual_start', actualEnd: 'actual_end' } as const;
export type DateField = keyof typeof DATE_COLUMNS;
type DateColumn = (typeof DATE_COLUMNS)[DateField];

/** The action's dates by field name (plannedStart…), as the input and the audit log name them. */
export const datesOf = (a: Pick<ActionRow, DateColumn>): Record<DateField, string | null> => ({
  plannedStart: a.planned_start,
  plannedEnd: a.planned_end,
  actualStart: a.actual_start,
  actualEnd: a.actual_end,
});

/** The columns to set for the dates given (null clears one). */
export function dateColumns(dates: ActionUpdateInput['dates']): Partial<Pick<ActionRow, DateColumn>> {
  const columns: Partial<Pick<ActionRow, DateColumn>> = {};
  for (const [f, v] of Object.entries(dates ?? {})) columns[DATE_COLUMNS[f as DateField]] = v ?? null;
  return columns;
}

function parseInput(input: unknown): ActionUpdateInput {
  const parsed = actionUpdateInput.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new InvalidParamsError(parsed.error.issues.map((i) => ({ name: i.path.length ? i.path.join('.') : 'body', message: i.message })));
}

/** End before start, on the dates as they would be after the update. */
export function dateIssues(current: Record<DateField, string | null>, dates: ActionUpdateInput['dates']): InputIssue[] {
  if (!dates) return [];
  const after = { ...current, ...dates };
  const issues: InputIssue[] = [];
  for (const [start, end] of [['plannedStart', 'plannedEnd'], ['actualStart', 'actualEnd']] as const) {
    const s = after[start];
    const e = after[end];
    if (s && e && e < s) issues.push({ name: `dates.${end in dates ? end : start}`, message: `${end} (${e}) is before ${start} (${s})` });
  }
  return issues;
}

/**
 * Appends a status update to an action, in one transaction: checks the input (400 naming the field),
 * then that `expectedVersion` is still the action's version (409 with the current version and status
 * otherwise), appends the update, bumps the version, changes the dates given and writes the audit log.
 */
export async function recordUpdate(
  db: Knex,
  actionId: number,
  input: unknown,
  expectedVersion: number,
  author: Author,
): Promise<{ updateId: number; version: number }> {
  const data = parseInput(input);
  return db.transaction(async (trx) => {
    const action = await trx<ActionRow>('actions').where({ id: actionId }).forUpdate().first();
    if (!action) throw new NotFoundError('Action', String(actionId));
    const current = datesOf(action);
    const issues = dateIssues(current, data.dates);
    if (!(await trx<ActionStatusRow>('action_statuses').where({ code: data.status }).first())) {
      issues.unshift({ name: 'status', message: `unknown status "${data.status}"` });
    }
    if (issues.length) throw new InvalidParamsError(issues);

    if (action.version !== expectedVersion) {
      const state = (await actionStates(trx, (q) => q.where('a.id', actionId), currentSemester())).get(actionId) ?? null;
      throw new ConflictError(
        `Action ${action.code} is at version ${action.version}, not ${expectedVersion}: someone saved it in the meantime. Reload it and try again.`,
        { currentVersion: action.version, currentStatus: state },
      );
    }

    const version = action.version + 1;
    const row = {
      action_id: actionId,
      status: data.status,
      progress: data.progress ?? null,
      reporting_period: data.reportingPeriod,
      comment: data.comment ?? null,
      evidence_type: data.evidence?.type ?? null,
      evidence_number: data.evidence?.number ?? null,
      evidence_date: data.evidence?.date ?? null,
      evidence_url: data.evidence?.url ?? null,
      author_id: author.userId,
      action_version: version,
    };
    const [inserted] = await trx<ActionUpdateRow>('action_updates').insert(row).returning('id');
    const updateId = inserted!.id;
    const dateChanges = dateColumns(data.dates);
    await trx<ActionRow>('actions').where({ id: actionId }).update({ ...dateChanges, version, updated_at: trx.fn.now() });
    await writeAudit(trx, [
      { actor: author.actor, userId: author.userId, action: 'create', resourceType: 'action_update', resourceId: updateId, after: row },
      ...(Object.keys(dateChanges).length
        ? [{ actor: author.actor, userId: author.userId, action: 'update' as const, resourceType: 'action', resourceId: actionId, before: current, after: { ...current, ...data.dates } }]
        : []),
    ]);
    return { updateId, version };
  });
}
