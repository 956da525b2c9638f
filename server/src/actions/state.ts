import type { Knex } from 'knex';
import type { ActionStatusRow, ActionUpdateRow } from '../db/rows';
import { periodsOverlap } from './periods';

export type StatusInfo = { code: string; labelIt: string; labelEn: string; rag: string; colour: string; closed: boolean };

/** Where an action stands: its latest update, and whether it still needs one for the current period. */
export type ActionState = {
  /** Latest update's status; null when the action has never been updated. */
  status: StatusInfo | null;
  progress: number | null;
  reportingPeriod: string | null;
  updatedAt: string | null;
  /** "Da aggiornare": open (not completed or cancelled) and no update for the current period. */
  toUpdate: boolean;
};

export const NO_UPDATE: ActionState = { status: null, progress: null, reportingPeriod: null, updatedAt: null, toUpdate: true };

/** An action's latest update with its status, and every period it has an update for (text[]: an array on both engines). */
type LatestRow = Pick<ActionUpdateRow, 'action_id' | 'status' | 'progress' | 'reporting_period' | 'created_at'> &
  Pick<ActionStatusRow, 'label_it' | 'label_en' | 'rag' | 'colour' | 'closed'> & { periods: string[] };

/**
 * Current state of the actions `scope` selects (a query on `actions as a`): the latest update by
 * time (then id), and the "da aggiornare" flag against `currentPeriod` (e.g. 2024-S2). With
 * `before` (an ISO instant), the state as it was then: only the updates recorded before it count.
 */
export async function actionStates(
  db: Knex,
  scope: (q: Knex.QueryBuilder) => Knex.QueryBuilder,
  currentPeriod: string,
  before?: string,
): Promise<Map<number, ActionState>> {
  const rows = await db('action_updates as u')
    .join('actions as a', 'a.id', 'u.action_id')
    .join('action_statuses as s', 's.code', 'u.status')
    .modify(scope)
    .modify((q) => (before ? q.where('u.created_at', '<', before) : q))
    .distinctOn('u.action_id')
    .select<LatestRow[]>(
      'u.action_id',
      'u.status',
      's.label_it',
      's.label_en',
      's.rag',
      's.colour',
      's.closed',
      'u.progress',
      'u.reporting_period',
      'u.created_at',
      before
        ? db.raw('(select array_agg(distinct x.reporting_period) from action_updates x where x.action_id = u.action_id and x.created_at < ?) as periods', [before])
        : db.raw('(select array_agg(distinct x.reporting_period) from action_updates x where x.action_id = u.action_id) as periods'),
    )
    .orderBy([{ column: 'u.action_id' }, { column: 'u.created_at', order: 'desc' }, { column: 'u.id', order: 'desc' }]);
  const out = new Map<number, ActionState>();
  for (const r of rows) {
    const covered = r.periods.some((p) => periodsOverlap(p, currentPeriod));
    out.set(r.action_id, {
      status: { code: r.status, labelIt: r.label_it, labelEn: r.label_en, rag: r.rag, colour: r.colour, closed: r.closed },
      progress: r.progress,
      reportingPeriod: r.reporting_period,
      updatedAt: r.created_at.toISOString(),
      toUpdate: !r.closed && !covered,
    });
  }
  return out;
}
