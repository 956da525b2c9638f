import type { Knex } from 'knex';
import type { Overdue } from '../contract/actions';
import type { ActionMilestoneRow, ActionRow } from '../db/rows';
import type { ActionState } from './state';

/** What `overdueOf` reads of an action: whether it is still open, its planned and actual end, its milestones. */
export type OverdueInput = {
  /** False once its latest status is a closed one (completed, cancelled…); never updated counts as open. */
  open: boolean;
  plannedEnd: string | null;
  actualEnd: string | null;
  milestones: readonly Pick<ActionMilestoneRow, 'title' | 'planned_date' | 'actual_date'>[];
};

const DAY = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
/** Not done by `today`: no date, or one still to come (the state as it was on a past `today`). */
const notDoneBy = (actual: string | null, today: string) => actual === null || actual > today;

/**
 * The one definition of "in ritardo" (computed, never stored): an open action with a milestone
 * due before `today` and not reached, or whose planned end is before `today` and has not ended.
 * `since` is the earliest missed date, `days` how long ago it was. Dates are YYYY-MM-DD.
 */
export function overdueOf(a: OverdueInput, today: string): Overdue | null {
  if (!a.open) return null;
  const reasons: Overdue['reasons'] = [];
  for (const m of a.milestones) {
    if (m.planned_date && m.planned_date < today && notDoneBy(m.actual_date, today)) reasons.push({ kind: 'milestone', title: m.title, dueDate: m.planned_date });
  }
  if (a.plannedEnd && a.plannedEnd < today && notDoneBy(a.actualEnd, today)) reasons.push({ kind: 'plannedEnd', dueDate: a.plannedEnd });
  if (!reasons.length) return null;
  const since = reasons.map((r) => r.dueDate).sort()[0]!;
  return { since, days: daysBetween(since, today), reasons };
}

/** `overdueOf` for an action row in its current state: open unless its latest status is a closed one. */
export function actionOverdue(
  a: Pick<ActionRow, 'planned_end' | 'actual_end'>,
  state: ActionState,
  milestones: OverdueInput['milestones'],
  today: string,
): Overdue | null {
  return overdueOf({ open: !state.status?.closed, plannedEnd: a.planned_end, actualEnd: a.actual_end, milestones }, today);
}

/**
 * The day overdue is judged on (YYYY-MM-DD, UTC): the day before the instant `before` (an asOf
 * pins the figures to that day), or today.
 */
export function overdueDay(before?: string, now: Date = new Date()): string {
  return (before ? new Date(Date.parse(before) - 1) : now).toISOString().slice(0, 10);
}

export type MilestoneDue = Pick<ActionMilestoneRow, 'action_id' | 'title' | 'planned_date' | 'actual_date'>;

/** The dated milestones of the actions `scope` selects (a query on `actions as a`), by action id: one query. */
export async function milestonesDue(db: Knex, scope: (q: Knex.QueryBuilder) => Knex.QueryBuilder): Promise<Map<ActionRow['id'], MilestoneDue[]>> {
  const rows = await db('action_milestones as m')
    .join('actions as a', 'a.id', 'm.action_id')
    .modify(scope)
    .whereNotNull('m.planned_date')
    .orderBy(['m.action_id', 'm.position', 'm.planned_date', 'm.id'])
    .select<MilestoneDue[]>('m.action_id', 'm.title', 'm.planned_date', 'm.actual_date');
  const out = new Map<number, MilestoneDue[]>();
  for (const r of rows) out.set(r.action_id, [...(out.get(r.action_id) ?? []), r]);
  return out;
}
