import type { Knex } from 'knex';
import type { ActionRow } from '../db/rows';
import type { Actor } from '../auth/roles';
import { NotAssignedError, NotFoundError } from '../errors/errors';
import { findPlanRef } from '../plans/lookup';

export type ActionRef = Pick<ActionRow, 'id' | 'code' | 'office_id' | 'responsible_user_id' | 'version'>;

export async function findAction(db: Knex, planCode: string, code: string): Promise<ActionRef> {
  const plan = await findPlanRef(db, planCode);
  const a = await db<ActionRow>('actions').where({ plan_id: plan.id, code }).first('id', 'code', 'office_id', 'responsible_user_id', 'version');
  if (!a) throw new NotFoundError('Action', `${planCode} ${code}`);
  return a;
}

/** A manager may write to the actions of their office and those assigned to them; admins (and the token) to all. */
export function checkAssigned(action: ActionRef, actor: Actor): void {
  if (actor.role === 'admin') return;
  if (actor.officeId !== null && action.office_id === actor.officeId) return;
  if (actor.userId !== null && action.responsible_user_id === actor.userId) return;
  throw new NotAssignedError(`Action ${action.code} is not assigned to you or to your office; ask an admin to assign it.`);
}
