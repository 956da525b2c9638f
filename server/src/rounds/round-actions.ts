import type { Knex } from 'knex';
import type { ActionRow, OfficeRow, UserRow } from '../db/rows';
import { periodsOverlap } from '../actions/periods';
import { actionStates, type StatusInfo } from '../actions/state';

/** An action a round asks about: its office, its manager, where it stands and whether it is reported. */
export type RoundAction = {
  id: number;
  code: string;
  title: string;
  officeId: number | null;
  responsibleUserId: number | null;
  status: StatusInfo | null;
  /** An update exists for a period overlapping the round's. */
  reported: boolean;
};

export type RoundManager = Pick<UserRow, 'id' | 'email' | 'name' | 'office_id'> & { actions: RoundAction[] };

export type RoundScope = {
  /** The actions some active manager answers for: what the round counts. */
  actions: RoundAction[];
  /** Actions to report that no active manager answers for (no office with a manager, nobody assigned). */
  unassigned: number;
  managers: RoundManager[];
  offices: Map<number, Pick<OfficeRow, 'id' | 'code' | 'name'>>;
};

/**
 * The actions of a plan a round for `period` asks about: every action not closed (completed, cancelled)
 * before it, and those reported for it, that an active manager answers for; and those managers, as
 * actions/access.ts decides who may update an action: their office's actions and those assigned to them.
 */
export async function roundScope(db: Knex, planId: number, period: string): Promise<RoundScope> {
  const rows = await db<ActionRow>('actions')
    .where({ plan_id: planId })
    .orderBy('position')
    .orderBy('id')
    .select('id', 'code', 'title', 'office_id', 'responsible_user_id');
  const states = await actionStates(db, (q) => q.where('a.plan_id', planId), period);
  const periods = await db('action_updates as u')
    .join('actions as a', 'a.id', 'u.action_id')
    .where('a.plan_id', planId)
    .distinct('u.action_id', 'u.reporting_period')
    .select<{ action_id: number; reporting_period: string }[]>();
  const reported = new Set(periods.filter((p) => periodsOverlap(p.reporting_period, period)).map((p) => p.action_id));
  const actions: RoundAction[] = [];
  for (const a of rows) {
    const status = states.get(a.id)?.status ?? null;
    const isReported = reported.has(a.id);
    if (status?.closed && !isReported) continue;
    actions.push({ id: a.id, code: a.code, title: a.title, officeId: a.office_id, responsibleUserId: a.responsible_user_id, status, reported: isReported });
  }
  const officeIds = [...new Set(actions.map((a) => a.officeId).filter((id): id is number => id !== null))];
  const userIds = [...new Set(actions.map((a) => a.responsibleUserId).filter((id): id is number => id !== null))];
  const users = await db<UserRow>('users')
    .where({ active: true, role: 'manager' })
    .where((q) => q.whereIn('office_id', officeIds).orWhereIn('id', userIds))
    .orderBy('name')
    .orderBy('email')
    .select('id', 'email', 'name', 'office_id');
  const managers = users
    .map((u) => ({ ...u, actions: actions.filter((a) => a.responsibleUserId === u.id || (u.office_id !== null && a.officeId === u.office_id)) }))
    .filter((m) => m.actions.length > 0);
  // The round asks the managers: an action nobody answers for is not counted, only reported apart.
  const covered = new Set(managers.flatMap((m) => m.actions.map((a) => a.id)));
  const officeRows = await db<OfficeRow>('offices')
    .whereIn('id', [...officeIds, ...users.map((u) => u.office_id).filter((id): id is number => id !== null)])
    .select('id', 'code', 'name');
  return {
    actions: actions.filter((a) => covered.has(a.id)),
    unassigned: actions.filter((a) => !covered.has(a.id)).length,
    managers,
    offices: new Map(officeRows.map((o) => [o.id, o])),
  };
}
