import type { Knex } from 'knex';
import { type ActionRef, checkAssigned, findAction } from '../../../actions/access';
import { editAction } from '../../../actions/edit';
import { currentSemester } from '../../../actions/periods';
import { type Author, recordUpdate } from '../../../actions/record-update';
import type { Actor } from '../../../auth/roles';
import type { ActionEditInput } from '../../../contract/action-edit';
import type { ActionDetail } from '../../../contract/actions';
import { getActionDetail } from './service';

type ActionPath = { plan: string; code: string };
/** The If-Match version, read only once the action is found and may be written (404 and 403 before 428). */
type ExpectedVersion = () => number;

const authorOf = (actor: Actor): Author => ({ userId: actor.userId, actor: actor.actor });

/**
 * A write to an action and the action as it is after it, in one transaction: the answer is read
 * before COMMIT, so a write answered with success is saved, and one that fails (503 included) saved
 * nothing.
 */
function writeAndRead(db: Knex, path: ActionPath, write: (trx: Knex, action: ActionRef) => Promise<unknown>): Promise<ActionDetail> {
  return db.transaction(async (trx) => {
    await write(trx, await findAction(trx, path.plan, path.code));
    return getActionDetail(trx, path.plan, path.code, currentSemester());
  });
}

/** A status update by a manager of the action (or an admin); the action's detail after it. */
export function recordActionUpdate(db: Knex, path: ActionPath, input: unknown, expectedVersion: ExpectedVersion, actor: Actor): Promise<ActionDetail> {
  return writeAndRead(db, path, (trx, action) => {
    checkAssigned(action, actor);
    return recordUpdate(trx, action.id, input, expectedVersion(), authorOf(actor));
  });
}

/** An admin's edit of the action's monitoring data; the action's detail after it. */
export function editActionData(db: Knex, path: ActionPath, input: ActionEditInput, expectedVersion: ExpectedVersion, actor: Actor): Promise<ActionDetail> {
  return writeAndRead(db, path, (trx, action) => editAction(trx, action.id, input, expectedVersion(), authorOf(actor)));
}
